package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.vocab.SIKG;

/** The OWL 2 RL materialiser on small ontologies: list rules, clashes, settings and dataset input. */
class MaterialiserTest {

    private static final String TTL = """
            @prefix : <http://example.org/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            :Chair owl:intersectionOf ( :Person [ owl:onProperty :headOf ; owl:someValuesFrom :Department ] ) .
            :hasUncle owl:propertyChainAxiom ( :hasParent :hasBrother ) .
            :Weak owl:disjointWith :Strong .
            :partOf a owl:TransitiveProperty .
            :Pet owl:unionOf ( :Cat :Dog ) .
            :ann a :Person ; :headOf :cs ; :hasParent :bob .
            :cs a :Department ; :partOf :science .
            :science :partOf :university .
            :bob :hasBrother :carl .
            :tom a :Cat .
            """;

    static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    static Graph graph(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toGraph();
    }

    @Test
    void listRulesAndTransitivity() {
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(graph(TTL));
        assertThat(m.isInferred(Triple.create(ex("ann"), RDF.type.asNode(), ex("Chair")))).isTrue();
        assertThat(m.isInferred(Triple.create(ex("ann"), ex("hasUncle"), ex("carl")))).isTrue();
        assertThat(m.isInferred(Triple.create(ex("cs"), ex("partOf"), ex("university")))).isTrue();
        assertThat(m.isInferred(Triple.create(ex("tom"), RDF.type.asNode(), ex("Pet")))).isTrue();
        assertThat(m.isInferred(Triple.create(ex("Chair"), RDFS.subClassOf.asNode(), ex("Person")))).isTrue();
        assertThat(m.stats().auxiliary()).isPositive();
        assertThat(m.inferred().stream()).noneMatch(t -> t.getPredicate().isBlank()
                || t.getPredicate().getURI().startsWith("https://w3id.org/sikg/reason#"));
        assertThat(m.isConsistent()).isTrue();
    }

    @Test
    void intersectionIsExplainedByItsMembersNotByAuxiliaryTriples() {
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(graph(TTL));
        Explanation e = m.explain(Triple.create(ex("ann"), RDF.type.asNode(), ex("Chair"))).orElseThrow();
        assertThat(e.rule()).isEqualTo("cls-int1");
        assertThat(e.premises()).extracting(p -> p.triple().getPredicate()).doesNotContainNull()
                .allMatch(p -> p.isURI() && !p.getURI().startsWith("https://w3id.org/sikg/reason#"));
        assertThat(e.premises()).anyMatch(p -> p.triple().equals(Triple.create(ex("ann"), RDF.type.asNode(), ex("Person"))));
    }

    @Test
    void clashNamesRuleAndBothSides() {
        Materialisation m = new Materialiser(RuleSet.owl2rl())
                .materialise(graph(TTL + ":x a :Weak , :Strong .\n"));
        assertThat(m.isConsistent()).isFalse();
        Clash clash = m.clashes().get(0);
        assertThat(clash.rule()).isEqualTo("cax-dw");
        assertThat(clash.about()).contains(ex("x"));
        assertThat(clash.triples()).contains(Triple.create(ex("x"), RDF.type.asNode(), ex("Weak")),
                Triple.create(ex("x"), RDF.type.asNode(), ex("Strong")));
        var problem = clash.toProblem(t -> List.of("data/states.csv:3"), org.apache.jena.shared.PrefixMapping.Standard);
        assertThat(problem.code()).isEqualTo(ErrorCode.REASON_INCONSISTENT);
        assertThat(problem.format()).contains("data/states.csv:3", "cax-dw", "REASON-001");
    }

    @Test
    void sameResultWithAnyThreadsAndWithoutRecording() {
        Graph input = graph(TTL);
        Materialisation one = new Materialiser(RuleSet.owl2rl()).materialise(input);
        Materialiser.Settings settings = Materialiser.Settings.DEFAULTS.withThreads(2).withRecordDerivations(false);
        Materialisation two = new Materialiser(RuleSet.owl2rl(), settings).materialise(input);
        assertThat(two.inferred().isIsomorphicWith(one.inferred())).isTrue();
        assertThat(two.derivationsRecorded()).isFalse();
        Explanation e = two.explain(Triple.create(ex("ann"), RDF.type.asNode(), ex("Chair"))).orElseThrow();
        assertThat(e.rule()).isEqualTo("cls-int1");
        assertThat(e.premises()).isEmpty();
    }

    @Test
    void datasetInputLeavesTheInferredGraphOut() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        graph(TTL).find().forEachRemaining(t -> ds.add(NodeFactory.createURI(SIKG.factGraph("t", "1")), t.getSubject(),
                t.getPredicate(), t.getObject()));
        ds.add(NodeFactory.createURI(SIKG.GRAPH_INFERRED), ex("old"), RDF.type.asNode(), ex("Stale"));
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(ds);
        assertThat(m.holds(Triple.create(ex("old"), RDF.type.asNode(), ex("Stale")))).isFalse();
        assertThat(m.isInferred(Triple.create(ex("ann"), RDF.type.asNode(), ex("Chair")))).isTrue();
    }

    @Test
    void inconsistencyIsLocatedAtTheFactGraphsOfBothSides() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        Node onto = NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY);
        Node weak = NodeFactory.createURI(SIKG.factGraph("states", "weak"));
        Node dog = NodeFactory.createURI(SIKG.factGraph("states", "dog"));
        ds.add(onto, ex("Weak"), OWL2.disjointWith.asNode(), ex("Strong"));
        ds.add(onto, ex("Dog"), RDFS.subClassOf.asNode(), ex("Strong"));
        ds.add(weak, ex("x"), RDF.type.asNode(), ex("Weak"));
        ds.add(dog, ex("x"), RDF.type.asNode(), ex("Dog"));
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(ds);
        SikgException e = org.junit.jupiter.api.Assertions.assertThrows(SikgException.class,
                () -> m.requireConsistent(Sources.namedGraphs(ds), org.apache.jena.shared.PrefixMapping.Standard));
        assertThat(e.code()).isEqualTo(ErrorCode.REASON_INCONSISTENT);
        assertThat(e.problems().get(0).source()).contains(weak.getURI(), dog.getURI(), SIKG.GRAPH_ONTOLOGY);
    }

    @Test
    void runawayRulesStopWithReason002() {
        RuleSet counting = RuleSet.parse("count.rules", "@prefix ex: <http://example.org/>.\n"
                + "[count: (?x ex:n ?a) sum(?a, 1, ?b) -> (?x ex:n ?b)]\n");
        Materialiser m = new Materialiser(counting, new Materialiser.Settings(false, 1, 50, 1_000_000));
        assertThatThrownBy(() -> m.materialise(graph("<http://example.org/a> <http://example.org/n> 0 .")))
                .isInstanceOf(SikgException.class).extracting(e -> ((SikgException) e).code())
                .isEqualTo(ErrorCode.REASON_LIMIT);
    }

    @Test
    void sameAsRewritesAndFunctionalProperties() {
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(graph("""
                @prefix : <http://example.org/> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                :hasCapital a owl:FunctionalProperty .
                :japan :hasCapital :tokyo , :edo .
                :edo :population 1 .
                """));
        assertThat(m.isInferred(Triple.create(ex("tokyo"), OWL2.sameAs.asNode(), ex("edo")))).isTrue();
        assertThat(m.holds(Triple.create(ex("tokyo"), ex("population"),
                NodeFactory.createLiteralDT("1", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger)))).isTrue();
    }
}
