package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.query.KgFixture;
import org.w3id.sikg.server.AdminFiles;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;
import org.w3id.sikg.testing.ChildJvm;
import org.w3id.sikg.testing.Fixtures;

/**
 * Durability and isolation of the store under a serving {@code sikg serve}, each server and loader in a child JVM
 * ({@link ChildJvm}). The children pause inside their write transaction, after writing every change and before the
 * commit, through the test-only hook {@code -Dsikg.test.pauseBeforeCommit=FILE} (store.CommitPause): they create
 * FILE and wait until it is deleted. So a child is killed, or read, at exactly that point, not at a guessed time.
 * One test, in steps, because each child JVM costs seconds:
 *
 * <ol>
 * <li>{@code POST /$/reload} killed (SIGKILL) inside its transaction: the store holds exactly its previous quads and
 * fingerprint;</li>
 * <li>{@code sikg load} into the same store killed likewise: the same;</li>
 * <li>a restarted server serves that previous store;</li>
 * <li>while a reload of the restarted server is paused and then commits, concurrent SPARQL readers get the old
 * answer or the new one, never a mix of the two facts the reload changes together; a second reload meanwhile is
 * refused (409); the reload is logged with the administrator's name;</li>
 * <li>invalid sources are refused (422) with their file:line problems and leave the store as it was.</li>
 * </ol>
 */
class ReloadDurabilityTest {

    private static final String PASSWORD = "reload-test-password";
    private static final Duration START = Duration.ofMinutes(2);
    /** Child JVMs start faster on a busy machine with the client compiler and one GC thread. */
    private static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** Between two questions of a reader: leaves the child's reload some of the two cores. */
    private static final long READER_PAUSE_MS = 5;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    Path tmp;

    private Path store;
    private Sources sources;
    private Path admins;
    private Path pause;

    @Test
    void killedWritesLeaveThePreviousStoreAndReadersSeeOldOrNewNeverAMix() throws Exception {
        store = tmp.resolve("store");
        sources = Fixtures.copy(tmp.resolve("sources"), null);
        admins = AdminFiles.write(tmp.resolve("admins.txt"), "alice", PASSWORD);
        pause = tmp.resolve("paused");
        Set<String> before;
        String fingerprint;
        try (SikgStore s = SikgStore.open(store)) {
            StoreBuilder.load(s, sources, Enricher.discovered());
            before = quads(s);
            fingerprint = s.fingerprint().orElseThrow();
        }

        String served;
        try (ChildJvm serve = serve()) {
            String base = serve.awaitServer(START);
            served = select(base, "store-state.rq");
            assertThat(served).contains(String.valueOf(before.size())).contains(fingerprint);
            String old = select(base, "labels.rq");
            change();
            CompletableFuture<HttpResponse<String>> reload = reloadAsync(base);
            awaitPause(serve, reload::isDone);
            assertThat(select(base, "labels.rq")).as("uncommitted changes are invisible").isEqualTo(old);
            assertThat(serve.kill()).isNotZero();
        }
        assertStoreIs(before, fingerprint);

        Files.delete(pause);
        try (ChildJvm load = ChildJvm.sikg(jvmOptions(), "load", "--store", store.toString(), "--ontology",
                sources.ontologyDir().toString(), "--data", sources.dataDir().toString())) {
            awaitPause(load, () -> false);
            assertThat(load.kill()).isNotZero();
        }
        assertStoreIs(before, fingerprint);
        Files.delete(pause);

        try (ChildJvm serve = serve("--no-access-log")) {
            String base = serve.awaitServer(START);
            assertThat(select(base, "store-state.rq")).as("the restarted server serves the previous store")
                    .isEqualTo(served);
            String now = reloadUnderReaders(serve, base);
            assertThat(now).contains("China (renamed)", "Japan (renamed)");
            assertThat(select(base, "store-state.rq")).isNotEqualTo(served).doesNotContain(fingerprint);
            serve.awaitLine("admin user=alice reload: reloaded", Duration.ofSeconds(30));
            serve.awaitLine("admin user=alice action=\"POST /$/reload\" from=127.0.0.1 status=200",
                    Duration.ofSeconds(30));
            serve.awaitLine("admin user=alice reload refused: another reload is running", Duration.ofSeconds(30));

            Fixtures.copyTree(Fixtures.resource("load/negative/data-003-unknown-reference/data"),
                    sources.dataDir());
            HttpResponse<String> invalid = reloadAsync(base).get(2, TimeUnit.MINUTES);
            assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(422);
            assertThat(invalid.body()).startsWith("/$/reload: SERVER-009 ")
                    .contains("alliances.csv:2:37: DATA-003").doesNotContain("\tat ");
            assertThat(Files.exists(pause)).as("the invalid reload never reached the write").isFalse();
            assertThat(select(base, "labels.rq")).isEqualTo(now);
        }
    }

    /**
     * Reloads the changed sources while readers ask labels.rq without pause, holds the reload before its commit
     * until the readers have answered during the pause, lets it commit, and checks every answer; returns the new one.
     */
    private String reloadUnderReaders(ChildJvm serve, String base) throws Exception {
        String old = select(base, "labels.rq");
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> read(base, answers, stop), "reader-" + i);
            t.start();
            readers.add(t);
        }
        String now;
        long paused;
        long resumed;
        long reloaded;
        try {
            awaitAnswers(answers, 0, 4);
            CompletableFuture<HttpResponse<String>> reload = reloadAsync(base);
            awaitPause(serve, reload::isDone);
            paused = System.nanoTime();
            HttpResponse<String> second = reloadAsync(base).get(1, TimeUnit.MINUTES);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
            assertThat(second.body()).contains("SERVER-008");
            awaitAnswers(answers, paused, 6);
            resumed = System.nanoTime();
            Files.delete(pause);
            HttpResponse<String> first = reload.get(2, TimeUnit.MINUTES);
            reloaded = System.nanoTime();
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            assertThat(first.body()).startsWith("/$/reload: reloaded ").contains("(+");
            now = select(base, "labels.rq");
            awaitAnswers(answers, reloaded, 6);
        } finally {
            stop.set(true);
            for (Thread t : readers) {
                t.join(TimeUnit.MINUTES.toMillis(1));
            }
        }
        assertThat(now).isNotEqualTo(old);
        List<Answer> all = List.copyOf(answers);
        assertThat(all).as("every answer is the old one or the new one").allSatisfy(a -> {
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.body()).isIn(old, now);
        });
        assertThat(all).filteredOn(a -> a.start() > paused && a.end() < resumed).as("answered during the pause")
                .isNotEmpty().allSatisfy(a -> assertThat(a.body()).isEqualTo(old));
        assertThat(all).filteredOn(a -> a.start() > reloaded).as("asked after the reload answered")
                .isNotEmpty().allSatisfy(a -> assertThat(a.body()).isEqualTo(now));
        return now;
    }

    /** One reader's answer to labels.rq, with when it was asked and answered ({@link System#nanoTime()}). */
    private record Answer(long start, long end, int status, String body) {
    }

    private static void read(String base, List<Answer> answers, AtomicBoolean stop) {
        while (!stop.get()) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = query(base, "labels.rq");
                answers.add(new Answer(start, System.nanoTime(), r.statusCode(), r.body()));
            } catch (RuntimeException e) {
                answers.add(new Answer(start, System.nanoTime(), -1, String.valueOf(e)));
            }
            try {
                Thread.sleep(READER_PAUSE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Waits until at least {@code n} answers were asked after {@code since}. */
    private static void awaitAnswers(List<Answer> answers, long since, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            synchronized (answers) {
                if (answers.stream().filter(a -> a.start() > since).count() >= n) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the readers got fewer than " + n + " answers in a minute");
    }

    /** The new data: China and Japan renamed (two fact graphs) and one more state. */
    private void change() throws IOException {
        Path states = sources.dataDir().resolve("states.csv");
        String csv = Files.readString(states);
        String changed = csv.replace("\nchina,China,", "\nchina,China (renamed),")
                .replace("\njapan,Japan,", "\njapan,Japan (renamed),") + "taiwan,Taiwan,,,§1.1\n";
        assertThat(changed).contains("China (renamed)", "Japan (renamed)");
        Files.writeString(states, changed);
    }

    /** Waits for {@code child} to create the pause file: its write transaction is then open, all changes written. */
    private void awaitPause(ChildJvm child, java.util.function.BooleanSupplier failed) throws InterruptedException {
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.exists(pause)) {
            if (!child.isAlive() || failed.getAsBoolean() || System.nanoTime() > deadline) {
                throw new AssertionError("the child did not pause in its write transaction; its output:\n"
                        + child.output());
            }
            Thread.sleep(10);
        }
    }

    /** {@code sikg serve} on the store and sources, with the administrator and the pause hook. */
    private ChildJvm serve(String... more) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--store", store.toString(),
                "--ontology", sources.ontologyDir().toString(), "--data", sources.dataDir().toString(),
                "--admin-password-file", admins.toString()));
        args.addAll(List.of(more));
        return ChildJvm.sikg(jvmOptions(), args.toArray(String[]::new));
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(QUICK);
        options.add("-Dsikg.test.pauseBeforeCommit=" + pause);
        return options;
    }

    private static CompletableFuture<HttpResponse<String>> reloadAsync(String base) {
        String credentials = Base64.getEncoder().encodeToString(("alice:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "$/reload"))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The CSV answer of a query of {@code /cli/reload/}, which must succeed. */
    private static String select(String base, String query) {
        HttpResponse<String> r = query(base, query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static HttpResponse<String> query(String base, String query) {
        String text = KgFixture.text("/cli/reload/" + query);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "kg/sparql?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .timeout(Duration.ofMinutes(1)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> quads(SikgStore store) {
        return store.dataset().calculateRead(() -> {
            Set<String> s = new TreeSet<>();
            store.dataset().find().forEachRemaining(q -> s.add(NodeFmtLib.str(q)));
            return s;
        });
    }

    private void assertStoreIs(Set<String> quads, String fingerprint) {
        try (SikgStore s = SikgStore.open(store)) {
            assertThat(s.fingerprint()).contains(fingerprint);
            assertThat(quads(s)).isEqualTo(quads);
        }
    }
}
