package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.testing.Fixtures;

/** validate, load and export from the command line: exit codes, messages, no stack traces without --verbose. */
class LoaderCommandsTest {

    @TempDir
    Path tmp;

    static MainTest.Result run(String... args) {
        return MainTest.run(args);
    }

    static String[] sourceArgs(Sources s) {
        return new String[] {"--ontology", s.ontologyDir().toString(), "--data", s.dataDir().toString()};
    }

    static String[] concat(String[] a, String... b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    @Test
    void validateAcceptsGoodDataAndPrintsWarnings() {
        MainTest.Result r = run(concat(new String[] {"validate"}, sourceArgs(Fixtures.basic())));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("valid: 5 tables, 18 rows");
        assertThat(r.err()).contains("SHACL-002").contains("states.csv:5");
    }

    @Test
    void validatePrintsEveryProblemAndExitsOne() {
        Sources bad = Fixtures.copy(tmp, "load/all-at-once");
        MainTest.Result r = run(concat(new String[] {"validate"}, sourceArgs(bad)));
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("data/states.csv:6:26: DATA-001")
                .contains("data/spending.csv:2:32: DATA-002")
                .contains("data/alliances.csv:2:37: DATA-003").contains("did you mean \"united-states\"?")
                .contains("see docs/errors.md#data-003")
                .contains("data/alliances.csv:3: SHACL-001")
                .contains("5 problems.")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Sources bad = Fixtures.copy(tmp, "load/negative/data-004-duplicate-id");
        MainTest.Result r = run(concat(new String[] {"validate", "--verbose"}, sourceArgs(bad)));
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("DATA-004").contains("SikgException").contains("\tat ");
    }

    @Test
    void loadWritesTheStoreAndAFailedLoadKeepsIt() {
        Path store = tmp.resolve("store");
        MainTest.Result ok = run(concat(new String[] {"load", "--store", store.toString()}, sourceArgs(Fixtures.basic())));
        assertThat(ok.exit()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("loaded 18 rows of 5 tables").contains("fingerprint sha256:");
        assertThat(SikgStore.exists(store)).isTrue();
        Sources bad = Fixtures.copy(tmp.resolve("bad"), "load/negative/data-002-datatype");
        MainTest.Result fail = run(concat(new String[] {"load", "--store", store.toString()}, sourceArgs(bad)));
        assertThat(fail.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(fail.err()).contains("DATA-002").doesNotContain("Exception");
        MainTest.Result again = run(concat(new String[] {"load", "--store", store.toString()},
                sourceArgs(Fixtures.basic())));
        assertThat(again.out()).contains("(+0, -0)");
    }

    @Test
    void exportWritesEachFormatAndRejectsUnknownOnes() throws Exception {
        Path store = tmp.resolve("store");
        run(concat(new String[] {"load", "--store", store.toString()}, sourceArgs(Fixtures.basic())));
        MainTest.Result ttl = run("export", "--store", store.toString(), "--format", "ttl");
        assertThat(ttl.exit()).isZero();
        assertThat(ttl.out()).contains("@prefix sikg:").contains("sikgid:japan a sikg:State");
        Path file = tmp.resolve("kg.nq");
        MainTest.Result nq = run("export", "--store", store.toString(), "--format", "NQ", "--out", file.toString());
        assertThat(nq.exit()).isZero();
        assertThat(Files.readString(file)).contains("<https://w3id.org/sikg/graph/provenance>");
        MainTest.Result bad = run("export", "--store", store.toString(), "--format", "xls");
        assertThat(bad.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(bad.err()).contains("CLI-001").contains("unknown format 'xls'");
    }

    @Test
    void exportBuildsTheStoreWhenThereIsNone() {
        Path store = tmp.resolve("fresh");
        MainTest.Result r = run(concat(new String[] {"export", "--store", store.toString(), "--format", "trig"},
                sourceArgs(Fixtures.basic())));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("<https://w3id.org/sikg/graph/fact/states/japan>");
        assertThat(SikgStore.exists(store)).isTrue();
    }

    @Test
    void aMissingDataDirectoryIsCli002() {
        MainTest.Result r = run("validate", "--data", tmp.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("CLI-002").contains("no such directory");
    }
}
