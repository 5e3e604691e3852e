package org.w3id.sikg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.cli.Main;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.testing.Fixtures;

/**
 * The store survives what can happen to a load, each tried in a child JVM running {@code sikg load}: the process
 * killed (SIGKILL, {@code destroyForcibly}) in the middle of its write transaction, and a load of invalid data. In
 * both cases the store afterwards holds exactly its previous quads and fingerprint; reloading the same data then
 * changes nothing.
 */
class AtomicityTest {

    private static final int BIG_ROWS = 15_000;

    @TempDir
    Path tmp;

    @Test
    void killedOrFailedLoadsLeaveThePreviousStore() throws Exception {
        Path store = tmp.resolve("store");
        Sources small = Fixtures.copy(tmp.resolve("small"), null);
        Set<String> before;
        String fingerprint;
        try (SikgStore s = SikgStore.open(store)) {
            StoreBuilder.load(s, small, List.of());
            before = SikgStoreTest.quads(s);
            fingerprint = s.fingerprint().orElseThrow();
        }

        Sources big = bigFixture(tmp.resolve("big"));
        Process killed = child(store, big);
        String seen = awaitLine(killed, "quads written");
        killed.destroyForcibly();
        assertThat(killed.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).as("the child had started writing when it was killed").contains("quads written");
        assertThat(killed.exitValue()).isNotZero();
        assertStoreIs(store, before, fingerprint);

        Sources invalid = Fixtures.copy(tmp.resolve("invalid"), "load/negative/data-003-unknown-reference");
        Process failed = child(store, invalid);
        String output = new String(failed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(failed.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(failed.exitValue()).as(output).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(output).contains("DATA-003");
        assertStoreIs(store, before, fingerprint);

        try (SikgStore s = SikgStore.open(store)) {
            StoreBuilder.Outcome again = StoreBuilder.load(s, small, List.of());
            assertThat(again.replacement().added() + again.replacement().removed()).isZero();
            assertThat(SikgStoreTest.quads(s)).isEqualTo(before);
        }
    }

    private static void assertStoreIs(Path store, Set<String> quads, String fingerprint) {
        try (SikgStore s = SikgStore.open(store)) {
            assertThat(s.fingerprint()).contains(fingerprint);
            assertThat(SikgStoreTest.quads(s)).isEqualTo(quads);
        }
    }

    /** The basic fixture plus {@value #BIG_ROWS} generated states: enough quads for the write to take a while. */
    private static Sources bigFixture(Path root) throws IOException {
        Sources s = Fixtures.copy(root, null);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < BIG_ROWS; i++) {
            rows.add(String.format("state-%05d,State %d,Alt %d,Q%d,§1.1", i, i, i, 100_000 + i));
        }
        Files.write(s.dataDir().resolve("states.csv"), rows, StandardOpenOption.APPEND);
        return s;
    }

    /** {@code sikg load} in a child JVM with the test class path; stderr merged into stdout. */
    private static Process child(Path store, Sources sources) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "load", "--store", store.toString(),
                "--ontology", sources.ontologyDir().toString(), "--data", sources.dataDir().toString());
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    /** Reads the child's output until a line contains {@code marker}; returns that line (or all output if it ends). */
    private static String awaitLine(Process p, String marker) throws Exception {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            StringBuilder all = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    if (l.contains(marker)) {
                        return l;
                    }
                    all.append(l).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return all.toString();
        });
        return line.get(10, TimeUnit.MINUTES);
    }
}
