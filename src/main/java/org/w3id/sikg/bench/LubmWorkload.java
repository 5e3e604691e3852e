package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W1: LUBM(N) with SIKG and the three Jena baselines, measured in one run. First every stored configuration is
 * prepared: B3 (asserted data), B2 (Jena's materialisation), SIKG (its own) — each materialised (timed, heap
 * sampled) and loaded into a fresh store of the same kind ({@link LubmSettings#store()}). Then all of them are
 * queried together by one {@link QueryTimer} (cold pass each, warm passes interleaved). Last, B1 (query-time
 * reasoning) in a child JVM, bounded by the per-query timeout and the B1 budget.
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
        List<PreparedConfig> prepared = new ArrayList<>();
        try {
            if (settings.baselines().contains(Baseline.B3)) {
                prepared.add(load("B3", Baseline.B3.description(), List.of(),
                        JenaOwlMicro.baseGraph(input.ontology(), data),
                        List.of("incomplete answers are expected: no reasoning")));
            }
            if (settings.baselines().contains(Baseline.B2)) {
                prepared.add(b2(input, data));
            }
            if (engine.isPresent()) {
                prepared.add(new SikgConfig(engine.get()).prepare(input, data, settings.matRounds(), this::load));
            } else {
                LOG.warn(SikgEngine.UNAVAILABLE);
            }
            List<ConfigResult> configs = queryAll(prepared, input, n);
            if (settings.baselines().contains(Baseline.B1)) {
                configs.add(b1(input, n));
            }
            return new LubmRun(n, data.size(), input.ontology().size(), input.queries(), configs,
                    engine.isPresent() ? Optional.empty() : Optional.of(SikgEngine.UNAVAILABLE));
        } finally {
            for (PreparedConfig p : prepared) {
                p.close();
            }
        }
    }

    private PreparedConfig b2(LubmInput input, Graph data) throws IOException {
        HeapSampler.usedAfterGc();
        Graph closure;
        Phase materialise;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            closure = JenaOwlMicro.closure(input.ontology(), data);
            materialise = new Phase(SikgConfig.MATERIALISE, BenchStore.millisSince(t0) / 1000, data.size(),
                    closure.size(), heap.peakBytes());
        }
        LOG.info("B2 Jena OWL Micro closure: {} triples in {} s", closure.size(), materialise.seconds());
        return load("B2", Baseline.B2.description(), List.of(materialise), closure,
                List.of("materialise = InfModel created, prepared and every triple copied into a plain graph"));
    }

    /** Queries every prepared configuration with one timer (interleaved warm passes). */
    private List<ConfigResult> queryAll(List<PreparedConfig> prepared, LubmInput input, int n) {
        Map<String, QueryExecutor> executors = new LinkedHashMap<>();
        for (PreparedConfig p : prepared) {
            p.store().reopen();
            executors.put(p.name(), p.store());
        }
        Map<String, List<QueryTiming>> timings = executors.isEmpty() ? Map.of()
                : new QueryTimer(settings.warmup(), settings.rounds()).measure(executors, input.queries(), n);
        List<ConfigResult> out = new ArrayList<>();
        prepared.forEach(p -> out.add(p.result(timings.get(p.name()))));
        return out;
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
            List<Phase> phases = List.of(new Phase("child start (JVM, load, prepare)", startMs / 1000, 0, 0, 0),
                    new Phase("InfModel prepare", client.setupMillis().get(0) / 1000, 0, 0, 0));
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
     * Loads University0 into a throwaway store and runs each query once, so that class loading and the first JIT
     * compilations of the loader and of ARQ do not land on whichever configuration happens to come first.
     */
    private void warmUpHarness(LubmInput input) throws IOException {
        LOG.info("harness warm-up: University0 into a throwaway {} store, each query once", settings.store());
        try (BenchStore store = BenchStore.load(JenaOwlMicro.baseGraph(input.ontology(), input.university0()),
                settings.store(), settings.outDir().resolve("stores"), settings.timeout().toMillis())) {
            input.queries().forEach(store::run);
        }
    }

    /** Loads {@code graph} into a fresh store of the configured kind: the timed "store load" phase. */
    PreparedConfig load(String name, String description, List<Phase> phases, Graph graph, List<String> notes)
            throws IOException {
        LOG.info("{}: loading {} triples into a fresh {} store", name, graph.size(), settings.store());
        HeapSampler.usedAfterGc();
        BenchStore store;
        Phase load;
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            store = BenchStore.load(graph, settings.store(), settings.outDir().resolve("stores"),
                    settings.timeout().toMillis());
            load = new Phase("store load (" + settings.store() + ")", BenchStore.millisSince(t0) / 1000,
                    graph.size(), store.size(), heap.peakBytes());
        }
        return new PreparedConfig(name, description, phases, store, notes).with(load);
    }
}
