package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Text, JSON and PROV-O renderings of one explanation: ex:rex is an Animal because Dog ⊑ Mammal ⊑ Animal. */
class ExplanationRenderersTest {

    private static Explanation explanation;
    private static final PrefixMapping PREFIXES = ExplanationText.prefixes(java.util.Map.of("ex", "http://example.org/"));

    @BeforeAll
    static void explain() {
        Graph g = RDFParser.fromString("""
                @prefix ex: <http://example.org/> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                ex:Dog rdfs:subClassOf ex:Mammal . ex:Mammal rdfs:subClassOf ex:Animal .
                ex:rex a ex:Dog .
                """, Lang.TURTLE).toGraph();
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(g);
        explanation = m.explain(Triple.create(ex("rex"), RDF.type.asNode(), ex("Animal")),
                t -> List.of("https://w3id.org/sikg/graph/fact/pets/" + t.getSubject().getLocalName())).orElseThrow();
    }

    static Node ex(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }

    @Test
    void textIsAnIndentedTreeDownToAssertedFactsWithSources() {
        String text = ExplanationText.render(explanation, PREFIXES);
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("ex:rex rdf:type ex:Animal   [cax-sco]");
        assertThat(text).contains("  ex:rex rdf:type ex:Dog   (asserted: https://w3id.org/sikg/graph/fact/pets/rex)");
        assertThat(text.lines().filter(l -> l.contains("(asserted")).count()).isEqualTo(explanationLeaves());
    }

    private static long explanationLeaves() {
        return countLeaves(explanation);
    }

    private static long countLeaves(Explanation e) {
        return e.asserted() ? 1 : e.premises().stream().mapToLong(ExplanationRenderersTest::countLeaves).sum();
    }

    @Test
    void jsonHasRulePremisesAndSources() {
        JsonObject json = JSON.parse(ExplanationJson.render(explanation));
        assertThat(json.get("rule").getAsString().value()).isEqualTo("cax-sco");
        assertThat(json.get("object").getAsString().value()).isEqualTo("<http://example.org/Animal>");
        assertThat(json.get("ruleLocation").getAsString().value()).startsWith("ontology/rules/owl2rl.rules:");
        JsonArray premises = json.get("premises").getAsArray();
        assertThat(premises).isNotEmpty();
        assertThat(premises.toString()).contains("\"asserted\" : true", "graph/fact/pets/rex");
    }

    @Test
    void provGraphDerivesEachStatementFromItsPremisesByARuleActivity() {
        Graph prov = RDFParser.fromString(ExplanationProv.render(explanation), Lang.TURTLE).toGraph();
        String ask = """
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                ASK {
                  ?s a rdf:Statement, prov:Entity ; rdf:subject <http://example.org/rex> ;
                     rdf:predicate rdf:type ; rdf:object <http://example.org/Animal> ;
                     prov:wasDerivedFrom ?premise ; prov:wasGeneratedBy ?act .
                  ?act a prov:Activity ; prov:used ?premise ;
                       prov:qualifiedAssociation [ prov:hadPlan [ rdfs:label "cax-sco" ] ] .
                  ?leaf rdf:object <http://example.org/Dog> ;
                        prov:hadPrimarySource <https://w3id.org/sikg/graph/fact/pets/rex> .
                }""";
        assertThat(QueryExecutionFactory.create(ask, ModelFactory.createModelForGraph(prov)).execAsk()).isTrue();
    }

    @Test
    void stepsCountsDistinctDerivations() {
        assertThat(explanation.steps()).isGreaterThanOrEqualTo(1);
        assertThat(explanation.asserted()).isFalse();
    }
}
