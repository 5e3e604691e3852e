package org.w3id.sikg.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.reason.Materialisation;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.RuleSet;

/**
 * A small timing harness for the materialiser (the formal {@code bench} command reuses {@link #time}):
 * {@code java -cp target/sikg.jar org.w3id.sikg.bench.MaterialiseTiming ONTOLOGY DATA [N [RUNS [THREADS]]]}
 * materialises ONTOLOGY ∪ DATA replicated N times (LUBM(N): copy k renames {@code University<j>.edu} to
 * {@code University<1000k+j>.edu}), RUNS times with and without derivation recording, and logs the figures.
 */
public final class MaterialiseTiming {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialiseTiming.class);
    private static final Pattern UNIVERSITY = Pattern.compile("\\bUniversity(\\d+)\\.edu\\b");

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
        Graph data = scale(RDFDataMgr.loadGraph(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 1);
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

    /** LUBM(N) from University0: copy 0 unchanged, copy k with every University j renamed 1000k + j. */
    public static Graph scale(Graph university0, int copies) {
        if (copies == 1) {
            return university0;
        }
        Graph out = GraphFactory.createDefaultGraph();
        for (int k = 0; k < copies; k++) {
            int copy = k;
            university0.find().forEachRemaining(t -> out.add(copy == 0 ? t : Triple.create(
                    rename(t.getSubject(), copy), t.getPredicate(), rename(t.getObject(), copy))));
        }
        return out;
    }

    private static Node rename(Node n, int copy) {
        if (n.isURI()) {
            return NodeFactory.createURI(renameText(n.getURI(), copy));
        }
        if (n.isLiteral() && n.getLiteralDatatypeURI() != null && n.getLiteralLanguage().isEmpty()) {
            String lex = renameText(n.getLiteralLexicalForm(), copy);
            return lex.equals(n.getLiteralLexicalForm()) ? n : NodeFactory.createLiteralDT(lex, n.getLiteralDatatype());
        }
        return n;
    }

    private static String renameText(String text, int copy) {
        Matcher m = UNIVERSITY.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "University" + (copy * 1000 + Integer.parseInt(m.group(1))) + ".edu");
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
