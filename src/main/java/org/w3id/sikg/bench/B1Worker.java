package org.w3id.sikg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.InfModel;

/**
 * The child-JVM side of baseline B1 (Jena's OWL Micro InfModel, query-time reasoning). It runs in its own JVM
 * because a query stuck inside Jena's rule engine ignores ARQ's timeout: the parent ({@link B1Client}) can only
 * bound it by killing the process.
 *
 * <p>Line protocol on the given streams: the worker loads the LUBM data, scales it, builds and prepares the InfModel
 * and writes {@code ready setup_ms=<ms> base=<triples>}; then for each {@code run <query-id>} line it writes
 * {@code result <id> rows=<n> ms=<ms> heap=<peak bytes>} or {@code error <id> ms=<ms> msg=<text>}; {@code quit} ends.
 */
public final class B1Worker {

    private B1Worker() {
    }

    /** Serves queries until {@code quit} or end of input. */
    public static void serve(Path lubmDir, int scale, BufferedReader in, PrintWriter out) throws IOException {
        LubmInput input = LubmInput.read(lubmDir);
        Map<String, LubmQuery> queries = input.queries().stream()
                .collect(Collectors.toMap(LubmQuery::id, Function.identity()));
        Graph base = JenaOwlMicro.baseGraph(input.ontology(), LubmScaler.scale(input.university0(), scale));
        try (HeapSampler heap = HeapSampler.start()) {
            long t0 = System.nanoTime();
            InfModel inf = JenaOwlMicro.infModel(base);
            inf.prepare();
            out.println("ready setup_ms=" + ms(BenchStore.millisSince(t0)) + " base=" + base.size());
            String line;
            while ((line = in.readLine()) != null && !line.equals("quit")) {
                String id = line.startsWith("run ") ? line.substring(4).trim() : "";
                LubmQuery q = queries.get(id);
                out.println(q == null ? "error " + id + " ms=0 msg=unknown request '" + line + "'"
                        : runOne(inf, q, heap));
            }
        }
    }

    private static String runOne(InfModel inf, LubmQuery q, HeapSampler heap) {
        long t0 = System.nanoTime();
        try (QueryExecution qe = QueryExecution.model(inf).query(q.query()).build()) {
            long rows = BenchStore.count(qe.execSelect());
            return "result " + q.id() + " rows=" + rows + " ms=" + ms(BenchStore.millisSince(t0))
                    + " heap=" + heap.peakBytes();
        } catch (RuntimeException e) {
            return "error " + q.id() + " ms=" + ms(BenchStore.millisSince(t0)) + " msg="
                    + String.valueOf(e).replaceAll("\\s+", " ");
        }
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }
}
