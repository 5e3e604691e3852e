package org.w3id.sikg.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.cli.Main;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.testing.ChildJvm;
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
        try (ChildJvm killed = child(store, big)) {
            String seen = killed.awaitLine("quads written", Duration.ofMinutes(10));
            int exit = killed.kill();
            assertThat(seen).as("the child had started writing when it was killed").contains("quads written");
            assertThat(exit).isNotZero();
        }
        assertStoreIs(store, before, fingerprint);

        Sources invalid = Fixtures.copy(tmp.resolve("invalid"), "load/negative/data-003-unknown-reference");
        try (ChildJvm failed = child(store, invalid)) {
            assertThat(failed.awaitExit(Duration.ofMinutes(5))).as(failed.output()).contains(Main.EXIT_USER_ERROR);
            assertThat(failed.output()).contains("DATA-003");
        }
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

    /** {@code sikg load} in a child JVM with the test class path. */
    private static ChildJvm child(Path store, Sources sources) throws IOException {
        return ChildJvm.sikg(List.of(), "load", "--store", store.toString(), "--ontology",
                sources.ontologyDir().toString(), "--data", sources.dataDir().toString());
    }
}
