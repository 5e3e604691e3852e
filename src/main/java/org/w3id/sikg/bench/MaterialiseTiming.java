package org.w3id.sikg.bench;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.reason.Materialisation;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.RuleSet;

/**
 * The materialiser's own timing harness, for what {@code sikg bench lubm} does not measure (CPU time of the calling
 * thread and of the process, worker threads):
 * {@code java -cp target/sikg.jar org.w3id.sikg.bench.MaterialiseTiming ONTOLOGY DATA [N [RUNS [THREADS]]]}
 * materialises ONTOLOGY ∪ DATA scaled to LUBM(N) by {@link LubmScaler}, RUNS times with and without derivation
 * recording, and logs the figures. Wall time, closure and heap against Jena's baselines are {@code bench lubm}'s.
 */
public final class MaterialiseTiming {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialiseTiming.class);

    /** Figures of one timed materialisation. */
    public record Figures(int asserted, int inferred, double seconds, double cpuSeconds, double processCpuSeconds,
            long heapMiB, boolean recorded, int threads) {
        public double triplesPerSecond() {
            return asserted / seconds;
        }
    }

    private MaterialiseTiming() {
    }

    public static void main(String[] args) {
        Graph ontology = RDFDataMgr.loadGraph(args[0]);
        Graph data = LubmScaler.scale(RDFDataMgr.loadGraph(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1);
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 1;
        RuleSet rules = RuleSet.owl2rl();
        Figures[][] figures = new Figures[2][runs];
        for (int i = 0; i < runs; i++) {
            for (int mode = 0; mode < 2; mode++) {
                figures[mode][i] = time(rules, ontology, data, mode == 1, threads);
                LOG.info("run {}: {}", i + 1, figures[mode][i]);
            }
        }
        for (int mode = 0; mode < 2; mode++) {
            summarise(figures[mode]);
        }
    }

    /** Logs the medians of the runs after the first (JIT warm-up), or of the only run. */
    private static void summarise(Figures[] runs) {
        Figures[] warm = runs.length > 1 ? Arrays.copyOfRange(runs, 1, runs.length) : runs;
        double wall = median(warm, Figures::seconds);
        Figures any = runs[0];
        LOG.info("record={} threads={}: cold {} s; warm median of {}: {} s wall, CPU {} s calling thread / {} s"
                + " process; {} asserted, {} inferred, {} asserted triples/s; heap after {} MiB", any.recorded(),
                any.threads(), round(any.seconds()), warm.length, round(wall), round(median(warm, Figures::cpuSeconds)),
                round(median(warm, Figures::processCpuSeconds)), any.asserted(), any.inferred(),
                Math.round(any.asserted() / wall), any.heapMiB());
    }

    private static double median(Figures[] figures, java.util.function.ToDoubleFunction<Figures> f) {
        double[] values = Arrays.stream(figures).mapToDouble(f).sorted().toArray();
        return values[values.length / 2];
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /** Materialises once and measures wall time and the heap in use right after (after a GC before the run). */
    public static Figures time(RuleSet rules, Graph ontology, Graph data, boolean record, int threads) {
        System.gc();
        Materialiser m = new Materialiser(rules,
                Materialiser.Settings.DEFAULTS.withRecordDerivations(record).withThreads(threads));
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = mx.getCurrentThreadCpuTime();
        long processCpu = processCpuNanos();
        long start = System.nanoTime();
        Materialisation result = m.materialise(ontology, data);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (mx.getCurrentThreadCpuTime() - cpu) / 1e9;
        double processCpuSeconds = (processCpuNanos() - processCpu) / 1e9;
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Figures(result.stats().asserted(), result.stats().inferred(), seconds, cpuSeconds, processCpuSeconds,
                heap, record, threads);
    }

    /** CPU time of the whole JVM (all threads: workers, GC, JIT), in ns. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
