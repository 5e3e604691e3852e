package org.w3id.sikg.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;
import org.w3id.sikg.vocab.SIKG;

/** The ATOP importer maps its fixture (phases, partial dates, COW links) to exactly the expected TriG. */
class AtopImportTest {

    @Test
    void fixtureMapsToTheExpectedTrig() {
        ImportResult r = ImportFixtures.atop();
        RdfAssert.assertIsomorphic(Fixtures.resource("imports/atop/expected.trig"), CowImportTest.asDataset(r));
        assertThat(r.graphName().getURI()).isEqualTo("https://w3id.org/sikg/graph/dataset/atop");
        assertThat(r.rows()).isEqualTo(13);
        assertThat(r.alliances()).isEqualTo(5);
        assertThat(r.memberships()).isEqualTo(13);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void eachPhaseIsItsOwnMembershipWithItsOwnObligations() {
        Graph g = ImportFixtures.atop().graph();
        Node phase2 = CowImportTest.id("atop-alliance-3260-member-800-phase-2-from-1977-06-30");
        assertThat(g.contains(phase2, SIKG.commitmentType.asNode(), SIKG.Concepts.COMMITMENT_DEFENCE.asNode()))
                .isTrue();
        assertThat(g.contains(phase2, SIKG.rightCensored.asNode(), NodeFactory.createLiteralDT("true",
                XSDDatatype.XSDboolean))).isTrue();
        assertThat(g.contains(CowImportTest.id("atop-alliance-3260-member-840-phase-1-from-1954-09-08"),
                SIKG.endDate.asNode(), NodeFactory.createLiteralDT("1977-06-30T00:00:00", XSDDatatype.XSDdateTime)))
                .isTrue();
    }

    @Test
    void aMissingDayOrMonthGivesTheFirstDayAndItsPrecision() {
        Graph g = ImportFixtures.atop().graph();
        Node a = CowImportTest.id("atop-alliance-4901");
        assertThat(g.contains(a, SIKG.startDate.asNode(), NodeFactory.createLiteralDT("1844-06-01T00:00:00",
                XSDDatatype.XSDdateTime))).isTrue();
        assertThat(g.contains(a, SIKG.startDatePrecision.asNode(), SIKG.Concepts.PRECISION_MONTH.asNode())).isTrue();
        assertThat(g.contains(a, SIKG.endDatePrecision.asNode(), SIKG.Concepts.PRECISION_YEAR.asNode())).isTrue();
    }

    @Test
    void atopAlliancesCarryTheCowIdentifierAtopGivesAndTheArticlesAllianceBothPhases() {
        Graph g = ImportFixtures.atop().graph();
        assertThat(g.contains(CowImportTest.id("atop-alliance-3220"), SIKG.cowAllianceId.asNode(),
                NodeFactory.createLiteralDT("233", XSDDatatype.XSDinteger))).isTrue();
        assertThat(g.find(CowImportTest.id("us-japan-alliance"), SIKG.atopId.asNode(), Node.ANY).toList())
                .extracting(t -> t.getObject().getLiteralLexicalForm()).containsExactlyInAnyOrder("3220", "3375");
        assertThat(g.contains(CowImportTest.id("atop-alliance-3375-member-740-from-1960-01-19"),
                CowImportTest.ORG_MEMBER, CowImportTest.id("japan"))).isTrue();
    }
}
