package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * {@code /$/reload}: administrators only, like the other writes; one at a time (409); the reloader's problems as a
 * 422 listing each at its file and line. The reloaders here are the test's own, counting their calls, so the
 * endpoint's rules are checked apart from the loader (ReloadDurabilityTest and StoreReloaderTest run the real one).
 */
class ReloadEndpointTest {

    private static final String PASSWORD = "reload endpoint password";

    @TempDir
    static Path dir;
    /** One server with an administrator for the tests that need one; each test sets what its reload does. */
    private static ServerFixture admin;
    private static final AtomicReference<Reloader> RELOAD = new AtomicReference<>();

    @BeforeAll
    static void start() throws IOException {
        ServerSettings settings = ServerSettings.defaults().withAccessLog(false)
                .withAdminPasswordFile(AdminFiles.write(dir.resolve("admins.txt"), "alice", PASSWORD));
        admin = fixture(settings, () -> RELOAD.get().reload());
    }

    @AfterAll
    static void stop() {
        if (admin != null) {
            admin.close();
        }
    }

    @Test
    void aReadOnlyServerRefusesReloadsAndDoesNotAnnounceThem() {
        AtomicInteger calls = new AtomicInteger();
        try (ServerFixture fx = fixture(ServerSettings.defaults(), counting(calls))) {
            for (String method : List.of("POST", "GET", "PUT")) {
                HttpResponse<String> r = Http.method(method, fx.url("/$/reload"), null, null);
                assertThat(r.statusCode()).as(method).isEqualTo(403);
                assertThat(r.body()).as(method).contains("SERVER-003");
            }
            for (String path : List.of("/%24/reload", "/x/../$/reload", "/$/reload;p")) {
                HttpResponse<String> r = Http.method("POST", fx.url(path), null, null);
                assertThat(r.statusCode()).as(path).isEqualTo(403);
                assertThat(r.body()).as(path).contains("SERVER-003");
            }
            assertThat(fx.server.urls()).noneMatch(u -> u.contains("/$/reload"));
        }
        assertThat(calls).hasValue(0);
    }

    @Test
    void onlyAnAdministratorReloadsAndOnlyWithPostFromNoOtherSite() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        RELOAD.set(counting(calls));
        ServerFixture fx = admin;
        HttpResponse<String> anonymous = Http.method("POST", fx.url("/$/reload"), null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(Http.method("POST", fx.url("/$/reload"), null, null, "Authorization",
                Http.basic("alice", "wrong password!")).statusCode()).isEqualTo(401);
        assertThat(Http.get(fx.url("/$/reload")).statusCode()).isEqualTo(401);
        for (String path : List.of("/$/reload", "/%24/reload", "/$/%72eload", "/x/../$/reload", "/$/reload;p")) {
            assertThat(Http.method("POST", fx.url(path), null, null).statusCode()).as(path).isEqualTo(401);
            HttpResponse<String> foreign = Http.method("POST", fx.url(path), null, null,
                    "Authorization", basic(), "Origin", "https://elsewhere.example");
            assertThat(foreign.statusCode()).as(path).isEqualTo(403);
            assertThat(foreign.body()).as(path).contains("SERVER-006");
        }
        HttpResponse<String> get = Http.get(fx.url("/$/reload"), "Authorization", basic());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).contains("POST");
        assertThat(calls).as("no refused request reached the reloader").hasValue(0);

        HttpResponse<String> ok = Http.method("POST", fx.url("/$/reload"), null, null, "Authorization", basic());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("/$/reload: reload 1\n"
                + "data/x.csv:3: SHACL-002 a warning of reload 1 (hint: " + ErrorCode.SHACL_WARNING.hint()
                + "; see docs/errors.md#shacl-002)\n");
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(calls).hasValue(1);
        assertThat(fx.server.urls()).anyMatch(u -> u.startsWith(fx.server.baseUrl() + "$/reload "));
    }

    @Test
    void aSecondReloadWhileOneRunsIsRefusedNotQueued() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        Reloader slow = () -> {
            calls.incrementAndGet();
            started.countDown();
            try {
                assertThat(release.await(1, TimeUnit.MINUTES)).isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Reloader.Outcome("slow reload done", List.of());
        };
        RELOAD.set(slow);
        ServerFixture fx = admin;
        CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(fx.url("/$/reload"))).header("Authorization", basic())
                        .timeout(Duration.ofMinutes(2)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(started.await(1, TimeUnit.MINUTES)).isTrue();
        HttpResponse<String> second = Http.method("POST", fx.url("/$/reload"), null, null,
                "Authorization", basic());
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).startsWith("/$/reload: SERVER-008 ").doesNotContain("\tat ");
        release.countDown();
        HttpResponse<String> done = first.get(1, TimeUnit.MINUTES);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).isEqualTo("/$/reload: slow reload done\n");
        assertThat(calls).hasValue(1);
        HttpResponse<String> after = Http.method("POST", fx.url("/$/reload"), null, null,
                "Authorization", basic());
        assertThat(after.statusCode()).as("the next reload, once the first ended").isEqualTo(200);
        assertThat(calls).hasValue(2);
    }

    @Test
    void invalidSourcesAreA422ListingEveryProblem() throws IOException {
        List<Problem> problems = List.of(Problem.of(ErrorCode.DATA_UNKNOWN_REFERENCE, "data/alliances.csv", 2,
                "no state 'united-sates'"), Problem.of(ErrorCode.SHACL_VIOLATION, "data/alliances.csv", 2,
                "an alliance needs at least two parties"));
        RELOAD.set(() -> {
            throw new SikgException(problems);
        });
        ServerFixture fx = admin;
        HttpResponse<String> r = Http.method("POST", fx.url("/$/reload"), null, null, "Authorization", basic());
        assertThat(r.statusCode()).isEqualTo(422);
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("/$/reload: SERVER-009 2 problems in the sources")
                .endsWith("see docs/errors.md#server-009)");
        assertThat(lines.subList(1, 3)).containsExactly(problems.get(0).format(), problems.get(1).format());
    }

    private static String basic() {
        return Http.basic("alice", PASSWORD);
    }

    private static Reloader counting(AtomicInteger calls) {
        return () -> {
            int n = calls.incrementAndGet();
            return new Reloader.Outcome("reload " + n, List.of(Problem.of(ErrorCode.SHACL_WARNING, "data/x.csv", 3,
                    "a warning of reload " + n)));
        };
    }

    private static ServerFixture fixture(ServerSettings settings, Reloader reloader) {
        return new ServerFixture(settings, null, reloader);
    }
}
