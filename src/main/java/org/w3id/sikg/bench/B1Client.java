package org.w3id.sikg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parent side of baseline B1: starts a {@link B1Worker} child JVM, sends it one query at a time and waits at
 * most the timeout for the answer. On a timeout the child is killed (the only way to stop a query inside Jena's rule
 * engine) and the next query starts a fresh child, whose set-up is counted in {@link #restarts()}.
 */
public final class B1Client implements QueryExecutor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(B1Client.class);
    private static final String EOF = "\u0000eof";

    private final List<String> command;
    private final Path log;
    private final long timeoutMillis;
    private final long setupTimeoutMillis;
    private final List<Double> startMillis = new ArrayList<>();
    private final List<Double> setupMillis = new ArrayList<>();
    private long peakHeap;
    private Process process;
    private PrintWriter toChild;
    private BlockingQueue<String> fromChild;

    /**
     * @param command the command line starting the worker (see {@link #workerCommand})
     * @param log file receiving the child's standard error
     */
    public B1Client(List<String> command, Path log, long timeoutMillis, long setupTimeoutMillis) {
        this.command = List.copyOf(command);
        this.log = log;
        this.timeoutMillis = timeoutMillis;
        this.setupTimeoutMillis = setupTimeoutMillis;
    }

    /** {@code java -Xmx<heap> -cp <this classpath> org.w3id.sikg.cli.Main bench b1-worker --lubm DIR --scale N}. */
    public static List<String> workerCommand(Path lubmDir, int scale, long heapBytes) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-Xmx" + Math.max(64, heapBytes >> 20) + "m", "-cp", System.getProperty("java.class.path"),
                "org.w3id.sikg.cli.Main", "bench", "b1-worker", "--lubm", lubmDir.toAbsolutePath().toString(),
                "--scale", Integer.toString(scale));
    }

    /** Starts the child now (otherwise the first query does) and returns the time until it was ready. */
    public double start() {
        ensureStarted();
        return startMillis.get(startMillis.size() - 1);
    }

    @Override
    public QueryOutcome run(LubmQuery query) {
        ensureStarted();
        toChild.println("run " + query.id());
        String line = take(timeoutMillis);
        if (line == null) {
            LOG.warn("B1 {} still running after {} ms: killing the child JVM", query.id(), timeoutMillis);
            kill();
            return QueryOutcome.timeout(timeoutMillis);
        }
        Map<String, String> kv = fields(line);
        double ms = Double.parseDouble(kv.getOrDefault("ms", "NaN"));
        if (!line.startsWith("result ")) {
            if (line.equals(EOF)) {
                kill();
            }
            return QueryOutcome.error(ms, kv.getOrDefault("msg", "child JVM ended, see " + log));
        }
        peakHeap = Math.max(peakHeap, Long.parseLong(kv.get("heap")));
        return QueryOutcome.ok(Long.parseLong(kv.get("rows")), ms);
    }

    /** Wall-clock time from launching each child JVM to its "ready" line (JVM start, load, scale, prepare). */
    public List<Double> startMillis() {
        return List.copyOf(startMillis);
    }

    /** The InfModel set-up (create + prepare) time each child reported. */
    public List<Double> setupMillis() {
        return List.copyOf(setupMillis);
    }

    /** Number of children started after the first one (one per timeout). */
    public int restarts() {
        return Math.max(0, startMillis.size() - 1);
    }

    /** The largest heap peak the children reported while answering queries. */
    public long peakHeapBytes() {
        return peakHeap;
    }

    /** Parses {@code key=value} fields of a protocol line ({@code msg=} takes the rest of the line). */
    static Map<String, String> fields(String line) {
        Map<String, String> kv = new HashMap<>();
        int msg = line.indexOf(" msg=");
        String head = msg < 0 ? line : line.substring(0, msg);
        if (msg >= 0) {
            kv.put("msg", line.substring(msg + 5));
        }
        for (String part : head.split(" ")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                kv.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return kv;
    }

    private void ensureStarted() {
        if (process != null) {
            return;
        }
        long t0 = System.nanoTime();
        try {
            process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the B1 worker JVM", e);
        }
        toChild = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        fromChild = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> pump(process, fromChild), "b1-reader");
        reader.setDaemon(true);
        reader.start();
        String ready = take(setupTimeoutMillis);
        if (ready == null || !ready.startsWith("ready ")) {
            kill();
            throw new IllegalStateException("the B1 worker JVM did not get ready (" + ready + "), see " + log);
        }
        startMillis.add(BenchStore.millisSince(t0));
        setupMillis.add(Double.parseDouble(fields(ready).get("setup_ms")));
    }

    private static void pump(Process p, BlockingQueue<String> queue) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                queue.add(line);
            }
        } catch (IOException e) {
            LOG.debug("B1 worker output closed: {}", e.toString());
        }
        queue.add(EOF);
    }

    private String take(long millis) {
        try {
            return fromChild.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        if (process != null) {
            toChild.println("quit");
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
            process = null;
        }
    }
}
