package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.vocab.SIKG;

/**
 * The alliance inferences on the article's own data (ontology/ and data/ of the repository, loaded as {@code sikg
 * load} does): the six spokes are allied with the US only by inference and not with each other, the Japan-US
 * alliance is asymmetric (also when the data does not say so), Japan faces the alliance dilemma with the US, and the
 * Japan-US and US-ROK alliances outlive Park's average lifespan (§2.1, §2.4, §4.1, §4.3).
 */
class ArticleInferencesTest {

    private static final Node INFERRED = NodeFactory.createURI(SIKG.GRAPH_INFERRED);
    private static final List<String> SPOKES = List.of("japan", "south-korea", "philippines", "taiwan", "thailand",
            "australia");
    private static DatasetGraph dataset;

    @BeforeAll
    static void load() {
        Pipeline.Build build = Pipeline.build(Sources.resolve(Path.of("ontology"), Path.of("data")),
                Enricher.discovered());
        assertThat(build.problems().errors()).isEmpty();
        dataset = build.dataset();
    }

    private static Node id(String local) {
        return NodeFactory.createURI(SIKG.ID_NS + local);
    }

    private static boolean inferred(Node s, Node p, Node o) {
        return dataset.contains(INFERRED, s, p, o);
    }

    private static boolean holds(Node s, Node p, Node o) {
        return inferred(s, p, o) || asserted(s, p, o);
    }

    private static boolean asserted(Node s, Node p, Node o) {
        return dataset.stream(Node.ANY, s, p, o).anyMatch(q -> !q.getGraph().equals(INFERRED));
    }

    @Test
    void theSixSpokesAreAlliedWithTheUnitedStatesByInferenceOnly() {
        Node us = id("united-states");
        Node allied = SIKG.alliedWith.asNode();
        Set<String> alliesOfUs = dataset.stream(INFERRED, Node.ANY, allied, us)
                .map(q -> q.getSubject().getURI().substring(SIKG.ID_NS.length())).collect(Collectors.toSet());
        assertThat(alliesOfUs).containsExactlyInAnyOrderElementsOf(SPOKES);
        for (String spoke : SPOKES) {
            assertThat(inferred(us, allied, id(spoke))).as("US allied with " + spoke).isTrue();
            assertThat(asserted(id(spoke), allied, us)).as(spoke + " allied with the US is not asserted").isFalse();
        }
    }

    @Test
    void noTwoSpokesAreAlliedWithEachOther() {
        for (String a : SPOKES) {
            for (String b : SPOKES) {
                assertThat(dataset.stream(Node.ANY, id(a), SIKG.alliedWith.asNode(), id(b)).findAny())
                        .as(a + " allied with " + b).isEmpty();
            }
        }
    }

    @Test
    void theJapanUsAllianceIsAsymmetricAndWouldBeWithoutTheDataSayingSo() {
        Triple asymmetric = Triple.create(id("us-japan-alliance"), RDF.type.asNode(),
                SIKG.AsymmetricAlliance.asNode());
        assertThat(asserted(asymmetric.getSubject(), asymmetric.getPredicate(), asymmetric.getObject())).isTrue();
        DatasetGraph withoutIt = DatasetGraphFactory.createGeneral();
        dataset.stream().filter(q -> !q.getGraph().equals(INFERRED) && !q.asTriple().equals(asymmetric))
                .forEach(withoutIt::add);
        Materialisation m = new Materialiser(OntologyRules.of(Path.of("ontology"))).materialise(withoutIt);
        assertThat(m.isInferred(asymmetric)).isTrue();
        String why = ExplanationText.render(m.explain(asymmetric).orElseThrow());
        assertThat(why).contains("[cls-svf1]", "japan-no-duty-to-defend-us", "NoDefenceDuty");
    }

    @Test
    void japanFacesTheAllianceDilemmaWithTheUnitedStatesOnly() {
        Graph inferred = dataset.getGraph(INFERRED);
        List<Triple> dilemmas = inferred.find(Node.ANY, SIKG.facesAllianceDilemmaWith.asNode(), Node.ANY).toList();
        assertThat(dilemmas).containsExactly(Triple.create(id("japan"), SIKG.facesAllianceDilemmaWith.asNode(),
                id("united-states")));
    }

    @Test
    void alliancesOlderThanTheAverageLifespanAreLongLived() {
        Set<String> longLived = dataset.stream(INFERRED, Node.ANY, RDF.type.asNode(), SIKG.LongLivedAlliance.asNode())
                .map(q -> q.getSubject().getURI().substring(SIKG.ID_NS.length())).collect(Collectors.toSet());
        // The article's two (nearly seven decades each, §4.1); the US-Taiwan alliance, whose COW dates (1954-1980,
        // data/alliance-periods.csv) give 25.08 years; and those COW attests in force long after their start
        // (sikg:inForceOn: NATO, the Philippines and Australia at the end of 2012, Thailand until 1977); all above
        // Park's 9.3 years.
        assertThat(longLived).containsExactlyInAnyOrder("us-japan-alliance", "us-south-korea-alliance",
                "us-taiwan-alliance", "us-philippines-alliance", "us-australia-alliance", "us-thailand-alliance",
                "nato");
    }

    /** The data characterise the US as a patron and Japan as a client (§2.3, §4.4); the other spokes follow. */
    @Test
    void patronsAndClientsOfTheBargainsAreTyped() {
        // Some are also asserted by characterisations (data/characterisations.csv: the US a patron, Japan a client);
        // the others follow only from the ranges of sikg:patron and sikg:client.
        assertThat(holds(id("united-states"), RDF.type.asNode(), SIKG.PatronState.asNode())).isTrue();
        for (String spoke : SPOKES) {
            assertThat(holds(id(spoke), RDF.type.asNode(), SIKG.ClientState.asNode())).as(spoke).isTrue();
        }
        assertThat(inferred(id("thailand"), RDF.type.asNode(), SIKG.ClientState.asNode())).isTrue();
    }

    /**
     * The Wikidata links are skos:exactMatch, not owl:sameAs (data/README.md, "Links to Wikidata"): reasoning copies
     * no statement onto a Wikidata IRI, so no query answer comes back twice, once per IRI of the same state.
     */
    @Test
    void wikidataLinksCopyNoStatementSoNoAnswerComesTwice() {
        List<Quad> mentioningWikidata = dataset.stream()
                .filter(q -> isWikidata(q.getSubject()) || isWikidata(q.getObject())).toList();
        assertThat(mentioningWikidata).as("the data has Wikidata links").hasSizeGreaterThan(20);
        assertThat(mentioningWikidata).allSatisfy(q -> {
            assertThat(q.getPredicate()).as(q.toString()).isEqualTo(SKOS.exactMatch.asNode());
            assertThat(q.getSubject().getURI()).as(q.toString()).startsWith(SIKG.ID_NS);
            assertThat(q.getGraph()).as(q.toString()).isNotEqualTo(INFERRED);
        });
        Node japanInWikidata = NodeFactory.createURI("http://www.wikidata.org/entity/Q17");
        assertThat(dataset.contains(Node.ANY, id("japan"), SKOS.exactMatch.asNode(), japanInWikidata)).isTrue();
        assertThat(dataset.stream(Node.ANY, Node.ANY, SIKG.alliedWith.asNode(), id("united-states"))
                .map(Quad::getSubject).toList()).as("allies of the US, each once").doesNotHaveDuplicates()
                .doesNotContain(japanInWikidata);
    }

    private static boolean isWikidata(Node n) {
        return n.isURI() && n.getURI().startsWith("http://www.wikidata.org/entity/");
    }
}
