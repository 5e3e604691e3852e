package org.w3id.sikg.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;
import org.w3id.sikg.vocab.SIKG;

/** The COW importer maps its fixture to exactly the expected TriG, and COW's states are the article's. */
class CowImportTest {

    static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");

    @TempDir
    Path tmp;

    static Node id(String id) {
        return NodeFactory.createURI(SIKG.ID_NS + id);
    }

    static DatasetGraph asDataset(ImportResult r) {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        d.addGraph(r.graphName(), r.graph());
        return d;
    }

    @Test
    void fixtureMapsToTheExpectedTrig() {
        ImportResult r = ImportFixtures.cow();
        RdfAssert.assertIsomorphic(Fixtures.resource("imports/cow/expected.trig"), asDataset(r));
        assertThat(r.graphName().getURI()).isEqualTo("https://w3id.org/sikg/graph/dataset/cow");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void countsRowsAlliancesMembershipsAndStates() {
        ImportResult r = ImportFixtures.cow();
        assertThat(r.rows()).isEqualTo(17);
        assertThat(r.alliances()).isEqualTo(7);
        assertThat(r.memberships()).isEqualTo(17);
        assertThat(r.states()).isEqualTo(13);
        assertThat(r.articleStates()).isEqualTo(9);
    }

    @Test
    void cow740IsTheArticlesJapanAndCarriesItsCodes() {
        Graph g = ImportFixtures.cow().graph();
        Node japan = id("japan");
        assertThat(g.contains(id("cow-alliance-233-member-740-from-1951-09-08"), ORG_MEMBER, japan)).isTrue();
        assertThat(g.contains(japan, SIKG.cowStateCode.asNode(), NodeFactory.createLiteralDT("740",
                XSDDatatype.XSDinteger))).isTrue();
        assertThat(g.contains(japan, SIKG.isoAlpha3Code.asNode(), NodeFactory.createLiteralString("JPN"))).isTrue();
        assertThat(g.find(Node.ANY, Node.ANY, id("cow-state-740")).hasNext()).as("no second Japan").isFalse();
        assertThat(g.find(japan, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).hasNext())
                .as("the article labels its own states").isFalse();
    }

    @Test
    void theArticlesAllianceCarriesItsCowIdentifier() {
        Graph g = ImportFixtures.cow().graph();
        assertThat(g.contains(id("us-japan-alliance"), SIKG.cowAllianceId.asNode(),
                NodeFactory.createLiteralDT("233", XSDDatatype.XSDinteger))).isTrue();
        assertThat(g.find(id("nato"), Node.ANY, Node.ANY).hasNext()).as("COW 227 is not in the fixture").isFalse();
    }

    @Test
    void withoutTheStateListStatesAreNamedFromTheRowsAndWithIsoCodesAllGetOne() throws Exception {
        Path iso = tmp.resolve("codelist.csv");
        Files.writeString(iso, "country.name.en,cown,iso3c\nPortugal,235,PRT\nGermany,255,DEU\nYugoslavia,345,\n");
        ImportResult r = CowImport.read(ImportFixtures.cowMembers(), Optional.empty(), Optional.of(iso));
        Graph g = r.graph();
        assertThat(g.contains(id("cow-state-235"), org.apache.jena.vocabulary.RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Portugal", "en"))).isTrue();
        assertThat(g.contains(id("cow-state-235"), SIKG.isoAlpha3Code.asNode(),
                NodeFactory.createLiteralString("PRT"))).isTrue();
        assertThat(g.find(id("cow-state-300"), SIKG.isoAlpha3Code.asNode(), Node.ANY).hasNext()).isFalse();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void importingTwiceGivesTheSameTriples() {
        List<String> first = ImportFixtures.cow().graph().find().mapWith(Object::toString).toList();
        List<String> second = ImportFixtures.cow().graph().find().mapWith(Object::toString).toList();
        assertThat(second).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsIgnored() throws Exception {
        Path withBom = tmp.resolve("bom.csv");
        Files.write(withBom, ("\uFEFF" + Files.readString(ImportFixtures.cowMembers())).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
        ImportResult r = CowImport.read(withBom, Optional.of(ImportFixtures.states()), Optional.empty());
        assertThat(r.memberships()).isEqualTo(17);
    }
}
