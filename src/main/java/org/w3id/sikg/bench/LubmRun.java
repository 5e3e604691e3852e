package org.w3id.sikg.bench;

import java.util.List;
import java.util.Optional;

/**
 * Everything measured by one LUBM(N) run.
 *
 * @param n the scale (number of University0 copies)
 * @param asserted data triples of LUBM(N)
 * @param ontologyTriples triples of univ-bench.ttl
 * @param queries the queries with their scaling, for the expected counts
 * @param configs the configurations measured, in the order run
 * @param sikgNote why SIKG was not measured, if it was not
 */
public record LubmRun(int n, long asserted, long ontologyTriples, List<LubmQuery> queries,
        List<ConfigResult> configs, Optional<String> sikgNote) {

    public LubmRun {
        queries = List.copyOf(queries);
        configs = List.copyOf(configs);
    }

    public Optional<ConfigResult> config(String name) {
        return configs.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
