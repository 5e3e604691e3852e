package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.vocab.SIKG;

/** sikg import cow / atop from the command line: what is printed, what is written, and nothing on any error. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    private static String fixture(String name) {
        return Fixtures.resource("imports/" + name).toString();
    }

    /** A store holding the loader's basic fixture (a stand-in article), with the fixture's sources. */
    private Path loadedStore() {
        Path store = tmp.resolve("store");
        StoreBuilder.load(store, Fixtures.basic(), java.util.List.of());
        return store;
    }

    private static String[] withSources(String... args) {
        Sources s = Fixtures.basic();
        return LoaderCommandsTest.concat(args, "--ontology", s.ontologyDir().toString(), "--data",
                s.dataDir().toString());
    }

    private static long quadsIn(Path store, String graph) {
        try (SikgStore s = SikgStore.open(store)) {
            return s.dataset().calculateRead(() -> s.dataset().getGraph(NodeFactory.createURI(graph)).size());
        }
    }

    private static Set<String> quads(Path store) {
        try (SikgStore s = SikgStore.open(store)) {
            return s.dataset().calculateRead(() -> {
                Set<String> out = new java.util.TreeSet<>();
                s.dataset().find().forEachRemaining(q -> out.add(org.apache.jena.riot.out.NodeFmtLib.str(q)));
                return out;
            });
        }
    }

    @Test
    void importCowWritesItsGraphAndSaysWhat() {
        Path store = loadedStore();
        MainTest.Result r = MainTest.run(withSources("import", "cow", "--members",
                fixture("cow/alliance_v4.1_by_member.csv"), "--states", fixture("cow/states2016.csv"), "--store",
                store.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("COW 4.1: 17 member rows, 7 alliances, 17 memberships, 13 states (9 of the "
                + "article's)").contains("graph <https://w3id.org/sikg/graph/dataset/cow>")
                .contains("imported into " + store);
        assertThat(quadsIn(store, SIKG.GRAPH_DATASET_NS + "cow")).isGreaterThan(200);
    }

    @Test
    void importAtopWritesItsGraph() {
        Path store = loadedStore();
        MainTest.Result r = MainTest.run(withSources("import", "atop", "--alliances",
                fixture("atop/atop-alliance-level.csv"), "--members", fixture("atop/atop-member-level.csv"),
                "--store", store.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("ATOP 4.01: 13 member rows, 5 alliances, 13 memberships");
        assertThat(quadsIn(store, SIKG.GRAPH_DATASET_NS + "atop")).isGreaterThan(200);
    }

    @Test
    void anyProblemWritesNothingAndEveryProblemIsPrinted() {
        Path store = loadedStore();
        Set<String> before = quads(store);
        MainTest.Result r = MainTest.run(withSources("import", "cow", "--members",
                fixture("negative/cow-values.csv"), "--store", store.toString()));
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("cow-values.csv:2: IMPORT-003").contains("cow-values.csv:6: IMPORT-003")
                .contains("7 problems.").doesNotContain("\tat ");
        assertThat(quads(store)).isEqualTo(before);
    }

    @Test
    void checkWritesNothing() {
        Path store = loadedStore();
        Set<String> before = quads(store);
        MainTest.Result r = MainTest.run(withSources("import", "cow", "--check", "--members",
                fixture("cow/alliance_v4.1_by_member.csv"), "--store", store.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("checked: nothing written (--check)");
        assertThat(quads(store)).isEqualTo(before);
    }

    @Test
    void missingFilesAreNamedAllAtOnce() {
        MainTest.Result r = MainTest.run("import", "atop", "--alliances", tmp.resolve("a.csv").toString(),
                "--members", tmp.resolve("m.csv").toString(), "--store", tmp.resolve("store").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("a.csv: CLI-002").contains("m.csv: CLI-002").contains("2 problems.");
        assertThat(SikgStore.exists(tmp.resolve("store"))).isFalse();
    }

    @Test
    void warningsArePrintedAndDoNotStopTheImport() {
        Path store = loadedStore();
        MainTest.Result r = MainTest.run(withSources("import", "cow", "--members",
                fixture("negative/cow-unknown-state.csv"), "--states", fixture("cow/states2016.csv"), "--store",
                store.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("cow-unknown-state.csv:3: IMPORT-005");
    }

    @Test
    void aLaterLoadKeepsTheImportedDataset() {
        Path store = loadedStore();
        MainTest.run(withSources("import", "cow", "--members", fixture("cow/alliance_v4.1_by_member.csv"),
                "--store", store.toString()));
        long before = quadsIn(store, SIKG.GRAPH_DATASET_NS + "cow");
        MainTest.Result r = MainTest.run(withSources("load", "--store", store.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("kept the imported datasets: cow");
        assertThat(quadsIn(store, SIKG.GRAPH_DATASET_NS + "cow")).isEqualTo(before).isPositive();
    }
}
