package org.w3id.sikg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;
import org.w3id.sikg.vocab.SIKG;

class SikgStoreTest {

    @TempDir
    Path tmp;

    /** Every quad of the store as N-Quads text, read in a transaction. */
    static Set<String> quads(SikgStore store) {
        return store.dataset().calculateRead(() -> {
            Set<String> s = new TreeSet<>();
            store.dataset().find().forEachRemaining(q -> s.add(NodeFmtLib.str(q)));
            return s;
        });
    }

    @Test
    void loadWritesTheBuiltDatasetAndTheFingerprint() {
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.Outcome o = StoreBuilder.load(store, Fixtures.basic(), List.of());
            assertThat(store.fingerprint()).contains(o.fingerprint());
            assertThat(o.fingerprint()).startsWith("sha256:").hasSize(7 + 64);
            DatasetGraph copy = store.dataset().calculateRead(() -> {
                DatasetGraph d = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
                store.dataset().find().forEachRemaining(q -> {
                    if (!q.getGraph().getURI().equals(SikgStore.GRAPH_METADATA)) {
                        d.add(q);
                    }
                });
                return d;
            });
            DatasetGraph expected = RDFDataMgr.loadDatasetGraph(Fixtures.resource("load/basic/expected.trig").toString());
            RdfAssert.assertIsomorphic(SikgStore.storedForm(expected), copy, "expected.trig in stored form");
        }
    }

    @Test
    void reloadingTheSameSourcesChangesNothing() {
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of());
            Set<String> before = quads(store);
            StoreBuilder.Outcome again = StoreBuilder.load(store, Fixtures.basic(), List.of());
            assertThat(again.replacement().added()).isZero();
            assertThat(again.replacement().removed()).isZero();
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void aFailedLoadLeavesTheStoreAsItWas() {
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of());
            Set<String> before = quads(store);
            Sources bad = Fixtures.copy(tmp.resolve("bad"), "load/negative/shacl-001-violation");
            assertThatThrownBy(() -> StoreBuilder.load(store, bad, List.of()))
                    .isInstanceOfSatisfying(SikgException.class,
                            e -> assertThat(e.problems()).extracting(Problem::code).containsOnly(ErrorCode.SHACL_VIOLATION));
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void changedSourcesReplaceTheWholeContent() {
        Sources changed = Fixtures.copy(tmp.resolve("changed"), null);
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of());
            String first = store.fingerprint().orElseThrow();
            dropLastLine(changed.dataDir().resolve("alliances.csv"));
            StoreBuilder.Outcome o = StoreBuilder.load(store, changed, List.of());
            assertThat(o.replacement().removed()).isPositive();
            assertThat(store.fingerprint()).isPresent().get().isNotEqualTo(first);
            assertThat(quads(store)).noneMatch(q -> q.contains("us-rok-alliance"));
        }
    }

    @Test
    void enrichersAddTheirGraphsAndCanRefuseTheData() {
        Graph inferred = GraphFactory.createDefaultGraph();
        inferred.add(SIKG.individual("japan").asNode(), SIKG.property("alliedWith").asNode(),
                SIKG.individual("united-states").asNode());
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of(Enricher.inferredGraph("test", d -> inferred)));
            assertThat(quads(store)).anyMatch(q -> q.contains("alliedWith") && q.contains(SIKG.GRAPH_INFERRED));
            Set<String> before = quads(store);
            Enricher refusing = Enricher.inferredGraph("refuse", d -> {
                throw new SikgException(ErrorCode.SHACL_VIOLATION, "data/x.csv", "inconsistent");
            });
            assertThatThrownBy(() -> StoreBuilder.load(store, Fixtures.basic(), List.of(refusing)))
                    .isInstanceOf(SikgException.class);
            assertThat(quads(store)).isEqualTo(before);
        }
    }

    @Test
    void openOrBuildBuildsOnceThenReusesTheStore() {
        Path dir = tmp.resolve("store");
        Sources sources = Fixtures.copy(tmp.resolve("src"), null);
        try (SikgStore store = SikgStore.openOrBuild(dir, () -> sources, List::of, StoreBuilder.Policy.IF_MISSING)) {
            assertThat(store.fingerprint()).isPresent();
        }
        dropLastLine(sources.dataDir().resolve("alliances.csv"));
        try (SikgStore store = SikgStore.openOrBuild(dir, () -> sources, List::of, StoreBuilder.Policy.IF_MISSING)) {
            assertThat(quads(store)).anyMatch(q -> q.contains("us-rok-alliance"));
        }
        try (SikgStore store = SikgStore.openOrBuild(dir, () -> sources, List::of, StoreBuilder.Policy.IF_STALE)) {
            assertThat(quads(store)).noneMatch(q -> q.contains("us-rok-alliance"));
            assertThat(store.fingerprint()).contains(Fingerprint.of(sources, List.of()));
        }
    }

    @Test
    void theBackgroundPolicyServesAStaleStoreAndComparesItWithItsSourcesAfterOpening() throws Exception {
        Path dir = tmp.resolve("store");
        Sources sources = Fixtures.copy(tmp.resolve("src"), null);
        try (SikgStore store = SikgStore.openOrBuild(dir, () -> sources, List::of, StoreBuilder.Policy.IF_MISSING)) {
            assertThat(store.fingerprint()).isPresent();
        }
        dropLastLine(sources.dataDir().resolve("alliances.csv"));
        CountDownLatch opened = new CountDownLatch(1);
        CountDownLatch compared = new CountDownLatch(1);
        AtomicReference<String> comparingThread = new AtomicReference<>();
        Supplier<Sources> waitingSources = () -> {
            comparingThread.set(Thread.currentThread().getName());
            try {
                opened.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            compared.countDown();
            return sources;
        };
        try (SikgStore store = SikgStore.openOrBuild(dir, waitingSources, List::of,
                StoreBuilder.Policy.IF_MISSING_CHECK_IN_BACKGROUND)) {
            opened.countDown();
            assertThat(compared.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(comparingThread.get()).isEqualTo("sikg-store-check");
            assertThat(quads(store)).anyMatch(q -> q.contains("us-rok-alliance"));
            assertThat(store.fingerprint()).isPresent().isNotEqualTo(Optional.of(Fingerprint.of(sources, List.of())));
        }
    }

    @Test
    void openOrBuildWithoutStoreOrSourcesIsStore002() {
        Path dir = tmp.resolve("store");
        assertThatThrownBy(() -> SikgStore.openOrBuild(dir, () -> {
            throw new SikgException(ErrorCode.CLI_FILE_NOT_FOUND, "data", "no such directory");
        }, List::of, StoreBuilder.Policy.IF_MISSING)).isInstanceOfSatisfying(SikgException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_MISSING));
    }

    @Test
    void aDirectoryThatIsNotAStoreIsRefused() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(dir.resolve("holiday.jpg"), "not a database");
        assertThatThrownBy(() -> SikgStore.open(dir)).isInstanceOfSatisfying(SikgException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_UNAVAILABLE));
        assertThat(SikgStore.exists(dir)).isFalse();
    }

    @Test
    void theMetadataGraphNamesTheFingerprint() {
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of());
            boolean found = store.dataset().calculateRead(() -> store.dataset().contains(
                    NodeFactory.createURI(SikgStore.GRAPH_METADATA), NodeFactory.createURI(SikgStore.GRAPH_METADATA),
                    NodeFactory.createURI(SikgStore.SOURCE_FINGERPRINT),
                    NodeFactory.createLiteralString(store.fingerprint().orElseThrow())));
            assertThat(found).isTrue();
        }
    }

    static void dropLastLine(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv);
            Files.write(csv, lines.subList(0, lines.size() - 1));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
