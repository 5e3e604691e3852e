package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;
import org.w3id.sikg.vocab.SIKG;

/**
 * Golden files for the alliance inferences of issue 4, one per rule (domain rules of ontology/rules/alliance.rules
 * and the OWL 2 RL axioms of the ontology that draw the others): fixture {@code reason/alliance/<case>.ttl} is
 * materialised with the real ontology and the real rules files by {@link ReasoningEnricher}, and compared with
 * {@code <case>.expected.ttl}.
 *
 * <p>The comparison is over the part of the inferred graph the expected file speaks about: triples whose subject is a
 * node of the fixture, whose predicate occurs in the expected file, and, for {@code rdf:type}, whose class occurs in
 * it. So an extra or missing {@code alliedWith} between fixture states (e.g. two spokes allied with each other) fails
 * the test, while the many other conclusions OWL 2 RL draws ({@code rdf:type sikg:State}, {@code owl:Thing} ...) are
 * not listed in every golden file.
 */
class AllianceRulesTest {

    private static Graph ontology;

    @BeforeAll
    static void readOntology() {
        ontology = ontologyGraph(Path.of("ontology"));
    }

    /** {@code sikg.ttl} and its import modules, as the loader's ontology graph holds them. */
    static Graph ontologyGraph(Path dir) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, dir.resolve("sikg.ttl").toString());
        try (Stream<Path> modules = Files.list(dir.resolve("imports"))) {
            modules.filter(p -> p.toString().endsWith(".ttl")).sorted()
                    .forEach(p -> RDFDataMgr.read(g, p.toString()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return g;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hub-and-spokes", "alliance-parties-allied", "patron-client", "asymmetric-alliance",
        "alliance-dilemma", "alliance-duration", "long-lived-alliance", "long-lived-in-force", "transitive"})
    void inferredTriplesMatchTheGoldenFile(String name) {
        Graph fixture = RDFDataMgr.loadGraph(Fixtures.resource("reason/alliance/" + name + ".ttl").toString());
        Graph expected = RDFDataMgr.loadGraph(Fixtures.resource("reason/alliance/" + name + ".expected.ttl")
                .toString());
        RdfAssert.assertIsomorphic(expected, view(infer(fixture), fixture, expected), name + ".expected.ttl");
    }

    @Test
    void spokesOfOneHubAreNotAlliedWithEachOther() {
        Graph fixture = RDFDataMgr.loadGraph(Fixtures.resource("reason/alliance/hub-and-spokes.ttl").toString());
        Graph inferred = infer(fixture);
        List<String> spokes = List.of("spoke-a", "spoke-b", "spoke-c");
        for (String a : spokes) {
            assertThat(inferred.contains(id(a), SIKG.alliedWith.asNode(), id("hub-power"))).isTrue();
            for (String b : spokes) {
                assertThat(inferred.contains(id(a), SIKG.alliedWith.asNode(), id(b))).as(a + " allied with " + b)
                        .isFalse();
            }
        }
    }

    @Test
    void everyDomainRuleHasAGoldenFile() {
        RuleSet rules = OntologyRules.of(Path.of("ontology"));
        List<String> domain = rules.names().subList(RuleSet.owl2rl().size(), rules.size());
        assertThat(domain).containsExactly("alliance-parties-allied", "alliance-dilemma", "alliance-duration",
                "long-lived-alliance", "long-lived-in-force");
        domain.forEach(rule -> assertThat(Fixtures.resource("reason/alliance/" + rule + ".expected.ttl")).exists());
    }

    /** The inferred graph of the ontology and the fixture (in a fact graph), by the enricher the loader runs. */
    static Graph infer(Graph fixture) {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY), ontology);
        dataset.addGraph(NodeFactory.createURI(SIKG.factGraph("fixture", "1")), fixture);
        return new ReasoningEnricher(Path.of("ontology")).enrich(dataset)
                .getGraph(NodeFactory.createURI(SIKG.GRAPH_INFERRED));
    }

    private static Graph view(Graph inferred, Graph fixture, Graph expected) {
        Set<Node> nodes = new HashSet<>();
        fixture.find().forEach(t -> {
            nodes.add(t.getSubject());
            nodes.add(t.getObject());
        });
        Set<Node> predicates = new HashSet<>();
        Set<Node> classes = new HashSet<>();
        expected.find().forEach(t -> {
            predicates.add(t.getPredicate());
            if (t.getPredicate().equals(RDF.type.asNode())) {
                classes.add(t.getObject());
            }
        });
        Graph view = GraphFactory.createDefaultGraph();
        inferred.find().filterKeep(t -> nodes.contains(t.getSubject()) && predicates.contains(t.getPredicate())
                && (!t.getPredicate().equals(RDF.type.asNode()) || classes.contains(t.getObject())))
                .forEach(view::add);
        return view;
    }

    private static Node id(String local) {
        return NodeFactory.createURI(SIKG.ID_NS + local);
    }
}
