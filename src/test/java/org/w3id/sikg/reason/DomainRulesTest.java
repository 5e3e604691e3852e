package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The constructs issue 4's domain rules need, each shown by one rule of fixtures/alliance-example.rules. */
class DomainRulesTest {

    static final String EX = "http://example.org/alliance#";
    private static Materialisation result;

    @BeforeAll
    static void materialise() throws IOException {
        RuleSet rules;
        try (InputStream in = DomainRulesTest.class.getResourceAsStream("/reason/fixtures/alliance-example.rules")) {
            rules = RuleSet.parse("alliance-example.rules", in);
        }
        Graph data = RDFParser.source(DomainRulesTest.class.getResourceAsStream("/reason/fixtures/alliance-example.ttl"))
                .lang(Lang.TURTLE).toGraph();
        result = new Materialiser(rules).materialise(data);
    }

    static Node ex(String local) {
        return NodeFactory.createURI(EX + local);
    }

    static Triple t(String s, String p, String o) {
        return Triple.create(ex(s), ex(p), ex(o));
    }

    static Triple type(String s, String cls) {
        return Triple.create(ex(s), RDF.type.asNode(), ex(cls));
    }

    @Test
    void symmetricRelationAndHubAndSpokes() {
        assertThat(result.isInferred(t("japan", "alliedWith", "us"))).isTrue();
        assertThat(result.isInferred(t("us", "alliedWith", "japan"))).isTrue();
        assertThat(result.isInferred(t("philippines", "alliedWith", "japan"))).isTrue();
        assertThat(result.holds(t("japan", "alliedWith", "korea"))).as("spokes are not allied with each other").isFalse();
        assertThat(result.holds(t("korea", "alliedWith", "australia"))).isFalse();
    }

    @Test
    void classMembershipConclusions() {
        assertThat(result.isInferred(type("japan", "ClientState"))).isTrue();
        assertThat(result.isInferred(type("us", "PatronState"))).isTrue();
    }

    @Test
    void positivelyModelledAbsenceOfADutyToDefend() {
        assertThat(result.isInferred(type("treaty1960", "AsymmetricAlliance"))).isTrue();
        assertThat(result.holds(type("anzus", "AsymmetricAlliance"))).isFalse();
    }

    @Test
    void conjunctionAcrossEntities() {
        assertThat(result.isInferred(type("japan", "StateFacingAllianceDilemma"))).isTrue();
        assertThat(result.holds(type("korea", "StateFacingAllianceDilemma"))).isFalse();
    }

    @Test
    void computedAndComparedNumbers() {
        Triple duration = Triple.create(ex("treaty1960"), ex("durationYears"),
                NodeFactory.createLiteralDT("64", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        assertThat(result.isInferred(duration)).isTrue();
        assertThat(result.isInferred(type("treaty1960", "LongLivedAlliance"))).isTrue();
        assertThat(result.isInferred(type("seato", "LongLivedAlliance"))).as("23 > 15").isTrue();
        assertThat(result.holds(type("shortPact", "LongLivedAlliance"))).as("3 < 15").isFalse();
    }

    @Test
    void transitiveRelation() {
        assertThat(result.isInferred(t("naha", "locatedIn", "japan"))).isTrue();
        assertThat(result.isInferred(t("naha", "locatedIn", "eastAsia"))).isTrue();
        assertThat(result.isInferred(t("okinawa", "locatedIn", "eastAsia"))).isTrue();
    }

    @Test
    void explanationNamesRulesDownToAssertedFacts() {
        Explanation e = result.explain(type("treaty1960", "LongLivedAlliance")).orElseThrow();
        assertThat(e.rule()).isEqualTo("long-lived");
        assertThat(e.premises()).extracting(Explanation::rule).containsExactly("alliance-duration", null);
        assertThat(e.premises().get(0).premises()).allMatch(Explanation::asserted).hasSize(2);
    }

    @Test
    void consistentWithoutWeakAndStrongState() {
        assertThat(result.isConsistent()).isTrue();
    }
}
