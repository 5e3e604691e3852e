package org.w3id.sikg.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A SIKG server started as a child process ({@code java -jar sikg.jar serve --port P ...}) for the server
 * workloads. {@link #launch} measures the time from process start to the first successful answer to a request,
 * JVM start included; {@link #close} stops the process (SIGTERM, then kill after 10 s).
 */
public final class ServerProcess implements AutoCloseable {

    private static final long POLL_MS = 10;

    private final Process process;
    private final URI base;
    private final Path log;
    private final double startSeconds;

    private ServerProcess(Process process, URI base, Path log, double startSeconds) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startSeconds = startSeconds;
    }

    /** The command line {@code java <jvmArgs> -jar <jar> serve --port <port> <serveArgs>}. */
    public static List<String> serveCommand(Path jar, int port, List<String> jvmArgs, List<String> serveArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "serve", "--port", Integer.toString(port)));
        cmd.addAll(serveArgs);
        return cmd;
    }

    /** A port free on loopback now (the server binds it a moment later). */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the command and polls {@code firstRequest} (built against the base URI) until it answers 200.
     *
     * @throws ServerUnavailableException if the process ends first or does not answer within {@code startTimeout}
     */
    public static ServerProcess launch(List<String> command, int port, Path log, Duration startTimeout,
            java.util.function.Function<SparqlHttp, HttpRequest> firstRequest, SparqlHttp http) throws IOException {
        Files.createDirectories(log.getParent());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpRequest req = firstRequest.apply(http);
        long deadline = t0 + startTimeout.toNanos();
        SparqlHttp.Sample last = null;
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new ServerUnavailableException(exitMessage(p, log));
            }
            last = http.send(req);
            if (last.ok()) {
                return new ServerProcess(p, http.base(), log, (System.nanoTime() - t0) / 1e9);
            }
            sleep(POLL_MS);
        }
        p.destroyForcibly();
        throw new ServerUnavailableException("the server did not answer within " + startTimeout.toSeconds()
                + " s (last: " + (last == null ? "-" : last.error()) + "); see " + log);
    }

    private static String exitMessage(Process p, Path log) {
        String tail = tail(log);
        String first = tail.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        if (p.exitValue() == 2 && first.toLowerCase(java.util.Locale.ROOT).contains("serve")) {
            return "the `serve` command is not in this build (" + first.trim() + ")";
        }
        return "the server exited with code " + p.exitValue() + " before answering; see " + log
                + (first.isEmpty() ? "" : ": " + first.trim());
    }

    private static String tail(Path log) {
        try {
            String all = Files.readString(log, StandardCharsets.UTF_8);
            return all.substring(Math.max(0, all.length() - 2000));
        } catch (IOException e) {
            return "";
        }
    }

    /** Seconds from process start to the first 200 answer. */
    public double startSeconds() {
        return startSeconds;
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Heap used by the server now, via {@code jcmd <pid> GC.heap_info}, if the JDK has jcmd. */
    public Optional<Long> heapUsedBytes() {
        return JvmHeap.used(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server could not be started or did not answer: the workload reports it instead of figures. */
    public static final class ServerUnavailableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ServerUnavailableException(String message) {
            super(message);
        }
    }
}
