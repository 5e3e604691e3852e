package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W1: LUBM(N) with SIKG and the three Jena baselines, measured in one run. Order: B3 (floor), B2 (Jena's
 * materialisation), SIKG, B1 (query-time reasoning in a child JVM, the slowest). Every stored configuration is
 * loaded into the same kind of store ({@link LubmSettings#store()}) and queried by the same {@link QueryTimer}.
 *
 * <p>Usage: {@code new LubmWorkload(settings, SikgEngine.find()).run(LubmInput.read(dir), 1)}.
 */
public final class LubmWorkload {

    private static final Logger LOG = LoggerFactory.getLogger(LubmWorkload.class);

    private final LubmSettings settings;
    private final Optional<ClosureEngine> engine;

    public LubmWorkload(LubmSettings settings, Optional<ClosureEngine> engine) {
        this.settings = settings;
        this.engine = engine;
    }

    /** Runs every configuration at scale {@code n}. */
    public LubmRun run(LubmInput input, int n) throws IOException {
        Files.createDirectories(settings.outDir());
        Graph data = LubmScaler.scale(input.university0(), n);
        LOG.info("LUBM({}): {} asserted triples, ontology {} triples", n, data.size(), input.ontology().size());
        warmUpHarness(input);
        List<ConfigResult> configs = new ArrayList<>();
        if (settings.baselines().contains(Baseline.B3)) {
            configs.add(b3(input, data, n));
        }
        if (settings.baselines().contains(Baseline.B2)) {
            configs.add(b2(input, data, n));
        }
        if (engine.isPresent()) {
            configs.add(new SikgConfig(engine.get(), this::storeAndQuery).run(input, data, n));
        } else {
            LOG.warn(SikgEngine.UNAVAILABLE);
        }
        if (settings.baselines().contains(Baseline.B1)) {
            configs.add(b1(input, n));
        }
        return new LubmRun(n, data.size(), input.ontology().size(), input.queries(), configs,
                engine.isPresent() ? Optional.empty() : Optional.of(SikgEngine.UNAVAILABLE));
    }

    private ConfigResult b3(LubmInput input, Graph data, int n) throws IOException {
        Graph asserted = JenaOwlMicro.baseGraph(input.ontology(), data);
        StoredQueries sq = storeAndQuery("B3", asserted, input, n);
        return new ConfigResult("B3", Baseline.B3.description(), List.of(sq.load()), sq.timings(),
                sq.load().peakHeapBytes(),
                List.of("incomplete answers are expected: no reasoning"));
    }

    private ConfigResult b2(LubmInput input, Graph data, int n) throws IOException {
        HeapSampler.usedAfterGc();
        Graph closure;
        Phase materialise;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            closure = JenaOwlMicro.closure(input.ontology(), data);
            materialise = new Phase(SikgConfig.MATERIALISE, BenchStore.millisSince(t0) / 1000, data.size(), closure.size(),
                    heap.peakBytes());
        }
        LOG.info("B2 Jena OWL Micro closure: {} triples in {} s", closure.size(), materialise.seconds());
        StoredQueries sq = storeAndQuery("B2", closure, input, n);
        return new ConfigResult("B2", Baseline.B2.description(), List.of(materialise, sq.load()), sq.timings(),
                Math.max(materialise.peakHeapBytes(), sq.load().peakHeapBytes()),
                List.of("materialise = InfModel created, prepared and every triple copied into a plain graph"));
    }

    private ConfigResult b1(LubmInput input, int n) {
        long timeout = settings.timeout().toMillis();
        List<String> cmd = B1Client.workerCommand(input.dir(), n, Runtime.getRuntime().maxMemory());
        try (B1Client client = new B1Client(cmd, settings.outDir().resolve("b1-worker.log"), timeout,
                Math.max(timeout, 600_000))) {
            double startMs = client.start();
            LOG.info("B1 child JVM ready in {} ms", Math.round(startMs));
            List<QueryTiming> timings = new QueryTimer(0, settings.b1Rounds(), settings.b1Budget())
                    .measure("B1", client, input.queries(), n);
            List<Phase> phases = new ArrayList<>();
            phases.add(new Phase("child start (JVM, load, prepare)", startMs / 1000, 0, 0, 0));
            phases.add(new Phase("InfModel prepare", client.setupMillis().get(0) / 1000, 0, 0, 0));
            List<String> notes = new ArrayList<>();
            notes.add("queries run in a child JVM (max heap as this JVM's); timeout " + timeout / 1000
                    + " s per query, enforced by killing the child");
            notes.add("time budget " + settings.b1Budget().toSeconds() + " s: no B1 query starts after it");
            if (client.restarts() > 0) {
                notes.add(client.restarts() + " child restart(s) after timeouts; later queries ran in a fresh child");
            }
            return new ConfigResult("B1", Baseline.B1.description(), phases, timings, client.peakHeapBytes(), notes);
        }
    }

    /**
     * Loads the ontology alone into a throwaway store and runs each query once, so that class loading and the first
     * JIT compilations of the loader and of ARQ do not land on whichever configuration happens to run first.
     */
    private void warmUpHarness(LubmInput input) throws IOException {
        try (BenchStore store = BenchStore.load(input.ontology(), settings.store(), settings.outDir().resolve("stores"),
                settings.timeout().toMillis())) {
            input.queries().forEach(store::run);
        }
    }

    /** Loads {@code graph} into a fresh store of the configured kind, then times the queries (cold, then warm). */
    StoredQueries storeAndQuery(String config, Graph graph, LubmInput input, int n) throws IOException {
        HeapSampler.usedAfterGc();
        Phase load;
        BenchStore store;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            store = BenchStore.load(graph, settings.store(), settings.outDir().resolve("stores"),
                    settings.timeout().toMillis());
            load = new Phase("store load (" + settings.store() + ")", BenchStore.millisSince(t0) / 1000,
                    graph.size(), store.size(), heap.peakBytes());
        }
        try (store) {
            store.reopen();
            QueryTimer timer = new QueryTimer(settings.warmup(), settings.rounds());
            return new StoredQueries(load, timer.measure(config, store, input.queries(), n));
        }
    }
}
