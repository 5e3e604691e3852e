package org.w3id.sikg.bench;

import java.util.List;
import java.util.Optional;

/**
 * What W3 (COW alliance data) measured, or why it could not.
 *
 * @param unavailable why nothing was measured, or empty
 * @param inputs the input files found, with their data rows (e.g. {@code alliance_v4.1_by_member.csv: 1221 rows})
 * @param phases import, materialise, store load
 * @param queries the alliance queries' timings
 */
public record AllianceResult(Optional<String> unavailable, List<String> inputs, List<Phase> phases,
        List<NamedTiming> queries) {

    /**
     * One alliance query.
     *
     * @param name the file name
     * @param cold the first run
     * @param warmMedianMillis median of the warm runs (NaN if none)
     */
    public record NamedTiming(String name, QueryOutcome cold, double warmMedianMillis) {
    }

    public AllianceResult {
        inputs = List.copyOf(inputs);
        phases = List.copyOf(phases);
        queries = List.copyOf(queries);
    }

    public static AllianceResult unavailable(String why, List<String> inputs) {
        return new AllianceResult(Optional.of(why), inputs, List.of(), List.of());
    }
}
