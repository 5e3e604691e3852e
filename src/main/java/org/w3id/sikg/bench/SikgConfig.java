package org.w3id.sikg.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SIKG side of the LUBM workload: materialisation (timed, heap sampled), then the closure ontology ∪ data ∪
 * inferred is loaded into the same kind of store as B2's closure, to be queried the same way.
 *
 * <p>Materialisation runs with derivations off first (cold: the first run in this JVM, the figure compared with
 * B2's single cold run), then on (first), then {@code warmRounds} alternating off/on pairs: the warm figures are
 * their medians, and the explanation overhead is warm-on ÷ warm-off − 1 (alternating pairs, so that JIT warm-up
 * and changes in machine load do not favour one side). Each phase's "triples out" is the closure size.
 */
final class SikgConfig {

    /** Loads a graph into a fresh store and returns the timed store-load phase with the open store. */
    @FunctionalInterface
    interface Loader {
        PreparedConfig load(String name, String description, List<Phase> phases, Graph graph, List<String> notes)
                throws IOException;
    }

    static final String MATERIALISE = "materialise";
    static final String MATERIALISE_WARM = "materialise (warm median)";

    private static final Logger LOG = LoggerFactory.getLogger(SikgConfig.class);

    private final ClosureEngine engine;

    SikgConfig(ClosureEngine engine) {
        this.engine = engine;
    }

    PreparedConfig prepare(LubmInput input, Graph data, int warmRounds, Loader loader) throws IOException {
        Graph closure = JenaOwlMicro.baseGraph(input.ontology(), data);
        Run cold = materialise(input, data, false);
        Run firstOn = materialise(input, data, true);
        List<Run> off = new ArrayList<>();
        List<Run> on = new ArrayList<>();
        for (int i = 0; i < warmRounds; i++) {
            off.add(materialise(input, data, false));
            on.add(materialise(input, data, true));
        }
        long closureSize = closureSize(closure, cold.inferred());
        List<Phase> phases = new ArrayList<>();
        phases.add(cold.phase(MATERIALISE, data.size(), closureSize));
        phases.add(firstOn.phase("materialise, derivations on (first)", data.size(), closureSize));
        phases.add(median(off, MATERIALISE_WARM, data.size(), closureSize));
        phases.add(median(on, "materialise, derivations on (warm median)", data.size(), closureSize));
        cold.inferred().find().forEachRemaining(closure::add);
        LOG.info("SIKG closure: {} triples ({} asserted) in {} s", closure.size(), data.size(), cold.seconds());
        return loader.load("SIKG", engine.name(), phases, closure, List.of(overheadNote(phases),
                "warm medians over " + warmRounds + " alternating pairs of runs without and with derivations"));
    }

    /** One timed materialisation: wall-clock seconds, sampled peak heap, the inferred triples. */
    private record Run(double seconds, long peakHeap, Graph inferred) {
        Phase phase(String name, long in, long out) {
            return new Phase(name, seconds, in, out, peakHeap);
        }
    }

    private static Phase median(List<Run> runs, String name, long in, long out) {
        if (runs.isEmpty()) {
            return new Phase(name, Double.NaN, in, out, 0);
        }
        double s = QueryTimer.median(runs.stream().map(Run::seconds).toList());
        return new Phase(name, s, in, out, runs.stream().mapToLong(Run::peakHeap).max().orElse(0));
    }

    /** |ontology ∪ data ∪ inferred|, counted without building the union ({@code base} = ontology ∪ data). */
    private static long closureSize(Graph base, Graph inferred) {
        long[] added = {0};
        inferred.find().forEachRemaining(t -> added[0] += base.contains(t) ? 0 : 1);
        return base.size() + added[0];
    }

    /** Explanation overhead in percent: warm median with derivations over warm median without, minus one. */
    static double explanationOverheadPercent(List<Phase> phases) {
        return (phases.get(3).seconds() / phases.get(2).seconds() - 1) * 100;
    }

    private static String overheadNote(List<Phase> phases) {
        return String.format(Locale.ROOT, "recording derivations adds %.1f %% to materialisation (warm medians)",
                explanationOverheadPercent(phases));
    }

    private Run materialise(LubmInput input, Graph data, boolean derivations) {
        HeapSampler.usedAfterGc();
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            Graph inferred = engine.materialise(input.ontology(), data, derivations);
            double seconds = BenchStore.millisSince(t0) / 1000;
            return new Run(seconds, heap.peakBytes(), inferred);
        }
    }
}
