package org.w3id.sikg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.imports.CowImport;
import org.w3id.sikg.imports.ImportResult;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RealReasoner;
import org.w3id.sikg.vocab.SIKG;

/**
 * Importing a dataset graph into a store: only the dataset graphs and the inferred graph change, in one transaction,
 * nothing on any problem; a later {@code sikg load} keeps the datasets and reasons over them.
 */
class DatasetImportTest {

    private static final Node INFERRED = NodeFactory.createURI(SIKG.GRAPH_INFERRED);

    @TempDir
    Path tmp;

    static ImportResult cow() {
        return CowImport.read(Fixtures.resource("imports/cow/alliance_v4.1_by_member.csv"),
                Optional.of(Fixtures.resource("imports/cow/states2016.csv")), Optional.empty());
    }

    static Node id(String id) {
        return NodeFactory.createURI(SIKG.ID_NS + id);
    }

    /** The store's quads outside {@code except} as N-Quads text. */
    static Set<String> quadsOutside(SikgStore store, Node except) {
        return store.dataset().calculateRead(() -> {
            Set<String> s = new TreeSet<>();
            store.dataset().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(except)) {
                    s.add(NodeFmtLib.str(q));
                }
            });
            return s;
        });
    }

    static Graph graph(SikgStore store, Node name) {
        return store.copy(name::equals).getGraph(name);
    }

    @Test
    void importAddsTheDatasetGraphAndLeavesEverythingElseAsItWas() {
        ImportResult r = cow();
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            String fingerprint = StoreBuilder.load(store, Fixtures.basic(), List.of()).fingerprint();
            Set<String> before = quadsOutside(store, r.graphName());
            DatasetImport.Outcome o = DatasetImport.apply(store, Map.of(r.graphName(), r.graph()), Fixtures.basic(),
                    List.of());
            assertThat(o.replacement().added()).isEqualTo(r.graph().size());
            assertThat(o.replacement().removed()).isZero();
            assertThat(quadsOutside(store, r.graphName())).isEqualTo(before);
            assertThat(graph(store, r.graphName()).isIsomorphicWith(r.graph())).isTrue();
            assertThat(store.fingerprint()).contains(fingerprint);
            DatasetImport.Outcome again = DatasetImport.apply(store, Map.of(r.graphName(), r.graph()),
                    Fixtures.basic(), List.of());
            assertThat(again.replacement().added()).as("importing the same data again").isZero();
            assertThat(again.replacement().removed()).isZero();
        }
    }

    @Test
    void aNewImportReplacesTheDatasetsOldGraph() {
        ImportResult r = cow();
        Graph smaller = GraphFactory.createGraphMem();
        r.graph().find(id("cow-alliance-233"), Node.ANY, Node.ANY).forEach(smaller::add);
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            DatasetImport.apply(store, Map.of(r.graphName(), r.graph()), Fixtures.basic(), List.of());
            DatasetImport.Outcome o = DatasetImport.apply(store, Map.of(r.graphName(), smaller), Fixtures.basic(),
                    List.of());
            assertThat(o.replacement().removed()).isEqualTo(r.graph().size() - smaller.size());
            assertThat(graph(store, r.graphName()).isIsomorphicWith(smaller)).isTrue();
        }
    }

    @Test
    void nothingIsWrittenWhenTheReasonerRefusesTheData() {
        ImportResult r = cow();
        Enricher refusing = Enricher.inferredGraph("refusing", d -> {
            throw new SikgException(Problem.of(ErrorCode.REASON_INCONSISTENT, "test", 0, "a clash"));
        });
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), List.of());
            Set<String> before = quadsOutside(store, null);
            assertThatThrownBy(() -> DatasetImport.apply(store, Map.of(r.graphName(), r.graph()), Fixtures.basic(),
                    List.of(refusing))).isInstanceOfSatisfying(SikgException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.REASON_INCONSISTENT));
            assertThat(quadsOutside(store, null)).isEqualTo(before);
        }
    }

    @Test
    void onlyDatasetGraphsCanBeImported() {
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            assertThatThrownBy(() -> DatasetImport.apply(store, Map.of(INFERRED, GraphFactory.createGraphMem()),
                    Fixtures.basic(), List.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aLaterLoadKeepsTheDatasetsAndReasonsOverThemWithTheArticle() {
        ImportResult r = cow();
        List<Enricher> reasoner = List.of(RealReasoner.enricher());
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, Fixtures.basic(), reasoner);
            DatasetImport.apply(store, Map.of(r.graphName(), r.graph()), Fixtures.basic(), reasoner);
            Node actor = NodeFactory.createURI(SIKG.NS + "Actor");
            assertThat(graph(store, INFERRED).contains(id("cow-state-200"), RDF.type.asNode(), actor))
                    .as("the test ontology's State subClassOf Actor, applied to an imported state").isTrue();
            StoreBuilder.Outcome reload = StoreBuilder.load(store, Fixtures.basic(), reasoner);
            assertThat(reload.replacement().removed()).as("the load removed nothing").isZero();
            assertThat(graph(store, r.graphName()).isIsomorphicWith(r.graph())).isTrue();
            assertThat(graph(store, INFERRED).contains(id("cow-state-200"), RDF.type.asNode(), actor)).isTrue();
        }
    }

    @Test
    void theRealOntologyMakesTheImportedMembersPartiesAndTheDomainRulesFindLongLivedAlliances() {
        ImportResult r = cow();
        Sources sources = Sources.resolve(Path.of("ontology"), Path.of("data"));
        Graph ontology = org.w3id.sikg.validate.OntologyClosure.load(sources.ontologyFile()).getGraph();
        Node ontologyGraph = NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY);
        Node observation = NodeFactory.createURI(SIKG.GRAPH_FACT_NS + "observations/park-average-lifespan");
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            store.replaceGraphs(Map.of(ontologyGraph, ontology, observation, ArticleFixture.averageLifespan()));
            DatasetImport.apply(store, Map.of(r.graphName(), r.graph()), sources, List.of(RealReasoner.enricher()));
            Graph inferred = graph(store, INFERRED);
            assertThat(inferred.contains(id("cow-alliance-233"), SIKG.hasParty.asNode(), id("japan"))).isTrue();
            assertThat(inferred.contains(id("japan"), RDF.type.asNode(), SIKG.State.asNode())).isTrue();
            assumeTrue(RealReasoner.hasDomainRule("long-lived-alliance"),
                    "the domain rule long-lived-alliance (ontology/rules/alliance.rules) is not in this build");
            Node longLived = SIKG.LongLivedAlliance.asNode();
            assertThat(inferred.contains(id("cow-alliance-901"), RDF.type.asNode(), longLived)).as("9.79 > 9.3").isTrue();
            assertThat(inferred.contains(id("cow-alliance-902"), RDF.type.asNode(), longLived)).as("5.0").isFalse();
            assertThat(inferred.contains(id("cow-alliance-233"), RDF.type.asNode(), longLived)).isTrue();
        }
    }
}
