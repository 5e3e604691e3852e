package org.w3id.sikg.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIKG side of the LUBM workload: materialisation (timed, heap sampled), the closure ontology ∪ data ∪ inferred
 * loaded into the same kind of store as B2's closure and queried the same way, and the cost of recording
 * derivations (explanations).
 *
 * <p>Materialisation runs four times: derivations off (cold: the first run in this JVM, the figure compared with
 * B2's single cold run), derivations on, then off and on again (warm: the explanation overhead is taken from this
 * pair, where JIT compilation no longer favours the later run).
 */
final class SikgConfig {

    /** Loads a graph into a store and times the queries (the workload's shared procedure). */
    @FunctionalInterface
    interface StoreAndQuery {
        StoredQueries apply(String config, Graph graph, LubmInput input, int n) throws IOException;
    }

    static final String MATERIALISE = "materialise";

    private static final Logger LOG = LoggerFactory.getLogger(SikgConfig.class);

    private final ClosureEngine engine;
    private final StoreAndQuery storeAndQuery;

    SikgConfig(ClosureEngine engine, StoreAndQuery storeAndQuery) {
        this.engine = engine;
        this.storeAndQuery = storeAndQuery;
    }

    ConfigResult run(LubmInput input, Graph data, int n) throws IOException {
        List<Phase> phases = new ArrayList<>();
        Graph inferred = materialise(MATERIALISE, input, data, false, phases);
        materialise("materialise, derivations on", input, data, true, phases);
        materialise("materialise (warm)", input, data, false, phases);
        materialise("materialise, derivations on (warm)", input, data, true, phases);
        Graph closure = GraphFactory.createGraphMem();
        input.ontology().find().forEachRemaining(closure::add);
        data.find().forEachRemaining(closure::add);
        inferred.find().forEachRemaining(closure::add);
        LOG.info("SIKG closure: {} triples in {} s", closure.size(), phases.get(0).seconds());
        phases.set(0, new Phase(MATERIALISE, phases.get(0).seconds(), data.size(), closure.size(),
                phases.get(0).peakHeapBytes()));
        StoredQueries sq = storeAndQuery.apply("SIKG", closure, input, n);
        phases.add(sq.load());
        long peak = phases.stream().mapToLong(Phase::peakHeapBytes).max().orElse(0);
        return new ConfigResult("SIKG", engine.name(), phases, sq.timings(), peak, List.of(overheadNote(phases)));
    }

    /** Explanation overhead in percent: warm run with derivations over warm run without, minus one. */
    static double explanationOverheadPercent(List<Phase> phases) {
        return (phases.get(3).seconds() / phases.get(2).seconds() - 1) * 100;
    }

    private static String overheadNote(List<Phase> phases) {
        return String.format(Locale.ROOT, "recording derivations adds %.1f %% to materialisation (warm runs)",
                explanationOverheadPercent(phases));
    }

    private Graph materialise(String name, LubmInput input, Graph data, boolean derivations, List<Phase> phases) {
        HeapSampler.usedAfterGc();
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            Graph inferred = engine.materialise(input.ontology(), data, derivations);
            double s = BenchStore.millisSince(t0) / 1000;
            phases.add(new Phase(name, s, data.size(), inferred.size(), heap.peakBytes()));
            return inferred;
        }
    }
}
