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
 * <p>Materialisation runs four times: derivations off (cold: the first run in this JVM, the figure compared with
 * B2's single cold run), derivations on, then off and on again (warm: the explanation overhead is taken from this
 * pair, where JIT compilation no longer favours the later run). Each phase's "triples out" is the closure size.
 */
final class SikgConfig {

    /** Loads a graph into a fresh store and returns the timed store-load phase with the open store. */
    @FunctionalInterface
    interface Loader {
        PreparedConfig load(String name, String description, List<Phase> phases, Graph graph, List<String> notes)
                throws IOException;
    }

    static final String MATERIALISE = "materialise";
    static final String MATERIALISE_WARM = "materialise (warm)";

    private static final Logger LOG = LoggerFactory.getLogger(SikgConfig.class);

    private final ClosureEngine engine;

    SikgConfig(ClosureEngine engine) {
        this.engine = engine;
    }

    PreparedConfig prepare(LubmInput input, Graph data, Loader loader) throws IOException {
        Graph closure = JenaOwlMicro.baseGraph(input.ontology(), data);
        long asserted = data.size();
        List<Phase> phases = new ArrayList<>();
        Graph inferred = materialise(MATERIALISE, input, data, false, closure, phases);
        materialise("materialise, derivations on", input, data, true, closure, phases);
        materialise(MATERIALISE_WARM, input, data, false, closure, phases);
        materialise("materialise, derivations on (warm)", input, data, true, closure, phases);
        inferred.find().forEachRemaining(closure::add);
        LOG.info("SIKG closure: {} triples ({} asserted) in {} s", closure.size(), asserted, phases.get(0).seconds());
        return loader.load("SIKG", engine.name(), phases, closure, List.of(overheadNote(phases)));
    }

    /** Explanation overhead in percent: warm run with derivations over warm run without, minus one. */
    static double explanationOverheadPercent(List<Phase> phases) {
        return (phases.get(3).seconds() / phases.get(2).seconds() - 1) * 100;
    }

    private static String overheadNote(List<Phase> phases) {
        return String.format(Locale.ROOT, "recording derivations adds %.1f %% to materialisation (warm runs)",
                explanationOverheadPercent(phases));
    }

    /** Times one materialisation; {@code base} (ontology ∪ data) is only read, to count the closure. */
    private Graph materialise(String name, LubmInput input, Graph data, boolean derivations, Graph base,
            List<Phase> phases) {
        HeapSampler.usedAfterGc();
        Graph inferred;
        double seconds;
        long peak;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            inferred = engine.materialise(input.ontology(), data, derivations);
            seconds = BenchStore.millisSince(t0) / 1000;
            peak = heap.peakBytes();
        }
        long[] added = {0};
        inferred.find().forEachRemaining(t -> added[0] += base.contains(t) ? 0 : 1);
        phases.add(new Phase(name, seconds, data.size(), base.size() + added[0], peak));
        return inferred;
    }
}
