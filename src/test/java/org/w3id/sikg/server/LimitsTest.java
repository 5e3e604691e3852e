package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.query.KgFixture;

/** Time limit, result cap and body limit: a heavy query gets a clear error while other clients are served. */
class LimitsTest {

    private static final int MAX_ROWS = 5;

    @TempDir
    static Path dir;
    private static ServerFixture fx;
    private static String admin;

    @BeforeAll
    static void start() throws IOException {
        Path file = dir.resolve("admins.txt");
        Files.writeString(file, "root: " + PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS));
        admin = Http.basic("root", "pw");
        fx = new ServerFixture(ServerSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withLimits(4096, MAX_ROWS)
                .withAdminPasswordFile(file));
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void aRunawayQueryIsStoppedAtTheTimeLimitWithAClearError() {
        long start = System.nanoTime();
        HttpResponse<String> r = Http.query(fx.sparql(), KgFixture.text("/server/queries/cross-product.rq"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("QUERY-002").contains("2 s");
        assertThat(ms).isLessThan(15_000);
    }

    @Test
    void theTimeoutParameterIsCappedAndChecked() {
        String q = Http.encode(KgFixture.text("/server/queries/cross-product.rq"));
        HttpResponse<String> shorter = Http.get(fx.sparql() + "?timeout=0.5&query=" + q);
        assertThat(shorter.statusCode()).isEqualTo(503);
        assertThat(shorter.body()).contains("0.5 s");
        HttpResponse<String> capped = Http.get(fx.sparql() + "?timeout=9999&query=" + q);
        assertThat(capped.body()).contains("4 s");
        for (String bad : new String[] {"abc", "-1", "0", "1e5x", "NaN"}) {
            HttpResponse<String> r = Http.get(fx.sparql() + "?timeout=" + Http.encode(bad) + "&query=" + q);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            assertThat(r.body()).as(bad).contains("QUERY-006");
        }
    }

    @Test
    void otherClientsAreServedWhileAHeavyQueryRuns() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            String heavy = KgFixture.text("/server/queries/cross-product.rq");
            Future<HttpResponse<String>> slow = pool.submit(() -> Http.get(fx.sparql() + "?timeout=4&query="
                    + Http.encode(heavy)));
            Thread.sleep(200);
            String light = KgFixture.text("/server/queries/alliances.rq");
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> timed(() -> SikgServerTest.rows(
                        Http.query(fx.sparql(), light, "Accept", "application/sparql-results+json"))), pool));
            }
            for (CompletableFuture<Long> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isLessThan(1_500);
            }
            assertThat(slow.isDone()).as("the light queries finished before the heavy one").isFalse();
            assertThat(slow.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(503);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anonymousResultsAreCappedAndAdministratorsAreNot() {
        String all = KgFixture.text("/server/queries/all-triples.rq");
        HttpResponse<String> anonymous = Http.query(fx.sparql(), all);
        assertThat(anonymous.statusCode()).isEqualTo(422);
        assertThat(anonymous.body()).contains("QUERY-003").contains("more than " + MAX_ROWS);
        HttpResponse<String> limited = Http.query(fx.sparql(), all + " LIMIT " + MAX_ROWS,
                "Accept", "application/sparql-results+json");
        assertThat(SikgServerTest.rows(limited)).isEqualTo(MAX_ROWS);
        HttpResponse<String> construct = Http.query(fx.sparql(), "CONSTRUCT WHERE { ?s ?p ?o }");
        assertThat(construct.statusCode()).isEqualTo(422);
        HttpResponse<String> byAdmin = Http.query(fx.sparql(), all, "Accept", "application/sparql-results+json",
                "Authorization", admin);
        assertThat(SikgServerTest.rows(byAdmin)).isGreaterThan(MAX_ROWS);
        HttpResponse<String> anonymousAgain = Http.query(fx.sparql(), all);
        assertThat(anonymousAgain.statusCode()).as("the same query, parsed once, is still capped").isEqualTo(422);
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(5000);
        HttpResponse<String> r = Http.post(fx.sparql(), "application/sparql-query", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("SERVER-004");
        Http.Raw chunked = Http.raw(fx.port(), "POST /kg/sparql HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/sparql-query\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "5\r\nASK {\r\n1\r\n}\r\n0\r\n\r\n", null);
        assertThat(chunked.status()).isEqualTo(411);
        Http.Raw longUrl = Http.raw(fx.port(), "GET /kg/sparql?query=" + "a".repeat(70_000)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(longUrl.status()).isBetween(400, 499);
        Http.Raw tooLongUrl = Http.raw(fx.port(), "GET /kg/sparql?query=" + "a".repeat(600 * 1024)
                + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", null);
        assertThat(tooLongUrl.status()).isIn(414, 431);
    }

    private static long timed(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
