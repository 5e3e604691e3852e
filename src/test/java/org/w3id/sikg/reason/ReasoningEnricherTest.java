package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.Fingerprint;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.vocab.SIKG;

/**
 * The reasoner as a load step, over the real ontology and rules: registered, writes graph/inferred, reads the rules
 * of the sources' ontology directory, and refuses inconsistent data with REASON-001 located at both rows (file:line
 * and section) without touching the store. Fixture data: {@code reason/enricher/data} (a state that is weak as a
 * state and a great power, Buzan's axes kept apart). The ontology is copied without {@code shapes.ttl}: SHACL is not
 * what these tests are about.
 */
class ReasoningEnricherTest {

    private static final Node INFERRED = NodeFactory.createURI(SIKG.GRAPH_INFERRED);

    @TempDir
    Path dir;
    private Sources sources;

    @BeforeEach
    void copySources() throws IOException {
        Path ontology = dir.resolve("ontology");
        Fixtures.copyTree(Path.of("ontology"), ontology);
        Files.deleteIfExists(ontology.resolve(Sources.SHAPES_FILE));
        Path data = dir.resolve("data");
        Fixtures.copyTree(Fixtures.resource("reason/enricher/data"), data);
        sources = new Sources(ontology, data);
    }

    @Test
    void isDiscoveredAndWritesTheInferredGraph() {
        assertThat(Enricher.discovered()).extracting(Enricher::name).contains(ReasoningEnricher.NAME);
        Pipeline.Build build = Pipeline.build(sources, Enricher.discovered());
        assertThat(build.problems().errors()).isEmpty();
        DatasetGraph dataset = build.dataset();
        Node japan = NodeFactory.createURI(SIKG.ID_NS + "japan");
        assertThat(dataset.contains(INFERRED, japan, RDF.type.asNode(), SIKG.StrongPower.asNode()))
                .as("a great power is a strong power").isTrue();
        assertThat(dataset.contains(INFERRED, japan, RDF.type.asNode(), SIKG.WeakState.asNode()))
                .as("asserted, so not in the inferred graph").isFalse();
    }

    @Test
    void inconsistentDataIsRefusedWithBothRowsAndTheirSectionsAndTheStoreIsUntouched() throws IOException {
        try (SikgStore store = SikgStore.open(dir.resolve("store"))) {
            StoreBuilder.load(store, sources, Enricher.discovered());
            Set<String> before = quads(store.dataset());
            String fingerprint = store.fingerprint().orElseThrow();
            Files.writeString(sources.dataDir().resolve("characterisations.csv"),
                    "japan-strong-state,japan,StrongState,§3.5\n", StandardOpenOption.APPEND);

            SikgException e = assertThrows(SikgException.class,
                    () -> StoreBuilder.load(store, sources, Enricher.discovered()));

            assertThat(e.problems()).hasSize(1);
            Problem p = e.problems().get(0);
            assertThat(p.code()).isEqualTo(ErrorCode.REASON_INCONSISTENT);
            assertThat(p.location()).contains("data/characterisations.csv:2 (§2.2)")
                    .contains("data/characterisations.csv:4 (§3.5)");
            assertThat(p.message()).contains("cax-dw", "sikgid:japan rdf:type sikg:WeakState [data/characterisations"
                    + ".csv:2 (§2.2)]", "sikgid:japan rdf:type sikg:StrongState [data/characterisations.csv:4 (§3.5)]",
                    "sikg:StrongState owl:disjointWith sikg:WeakState [https://w3id.org/sikg/graph/ontology]");
            assertThat(quads(store.dataset())).isEqualTo(before);
            assertThat(store.fingerprint()).contains(fingerprint);
        }
    }

    @Test
    void rulesComeFromTheSourcesOntologyDirectoryAndAreFingerprinted() throws IOException {
        String before = Fingerprint.of(sources, Enricher.discovered());
        Files.writeString(sources.ontologyDir().resolve("rules/zz-test.rules"), """
                @prefix sikg: <https://w3id.org/sikg/ontology#>.
                [weak-state-is-studied: (?s rdf:type sikg:WeakState) -> (?s sikg:about ?s)]
                """);
        assertThat(Fingerprint.of(sources, Enricher.discovered())).isNotEqualTo(before);
        DatasetGraph dataset = Pipeline.build(sources, Enricher.discovered()).dataset();
        Node japan = NodeFactory.createURI(SIKG.ID_NS + "japan");
        assertThat(dataset.contains(INFERRED, japan, SIKG.about.asNode(), japan)).isTrue();
    }

    @Test
    void aBrokenRuleFileStopsTheLoadAtItsLine() throws IOException {
        Files.writeString(sources.ontologyDir().resolve("rules/zz-test.rules"), "[broken: (?s ?p ?o -> (?s ?p ?o)]\n");
        Pipeline.Build build = Pipeline.build(sources, Enricher.discovered());
        assertThat(build.problems().errors()).extracting(Problem::code).containsExactly(ErrorCode.RULE_SYNTAX);
        assertThat(build.problems().errors().get(0).location()).endsWith("rules/zz-test.rules:1");
    }

    @Test
    void anOntologyWithoutRulesGetsTheBundledOwl2RlRules() {
        Pipeline.Build build = Pipeline.build(Fixtures.basic(), List.of(new ReasoningEnricher()));
        assertThat(build.problems().errors()).isEmpty();
        assertThat(build.dataset().getGraph(INFERRED).isEmpty()).isFalse();
    }

    private static Set<String> quads(DatasetGraph dataset) {
        Set<String> out = new TreeSet<>();
        dataset.executeRead(() -> dataset.find().forEachRemaining(q -> out.add(NodeFmtLib.str(q))));
        return out;
    }
}
