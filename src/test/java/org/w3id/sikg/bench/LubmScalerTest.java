package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class LubmScalerTest {

    private static final String UB = "http://www.lehigh.edu/~zhp2/2004/0401/univ-bench.owl#";

    private static Graph mini() {
        return RDFDataMgr.loadGraph(BenchFixtures.lubmMini().resolve(LubmInput.DATA_PLAIN).toString());
    }

    @Test
    void scaleNHasExactlyNTimesTheTriples() {
        Graph u0 = mini();
        for (int n : new int[] {1, 2, 5}) {
            assertThat(LubmScaler.scale(u0, n).size()).as("LUBM(%d)", n).isEqualTo(n * u0.size());
        }
    }

    @Test
    void copyZeroIsUniversity0Unchanged() {
        Graph u0 = mini();
        Graph scaled = LubmScaler.scale(u0, 3);
        u0.find().forEachRemaining(t -> assertThat(scaled.contains(t)).as(t.toString()).isTrue());
    }

    @Test
    void copyKRenamesEveryUniversityTokenByKTimes1000() {
        Node dept = NodeFactory.createURI("http://www.Department0.University0.edu/GraduateStudent0");
        assertThat(LubmScaler.rename(dept, 2).getURI())
                .isEqualTo("http://www.Department0.University2000.edu/GraduateStudent0");
        assertThat(LubmScaler.rename(NodeFactory.createURI("http://www.University84.edu"), 1).getURI())
                .isEqualTo("http://www.University1084.edu");
        Node email = NodeFactory.createLiteralString("Lecturer2@Department3.University0.edu");
        assertThat(LubmScaler.rename(email, 7).getLiteralLexicalForm())
                .isEqualTo("Lecturer2@Department3.University7000.edu");
    }

    @Test
    void ontologyTermsAndOtherLiteralsAreShared() {
        Node type = RDF.Nodes.type;
        Node cls = NodeFactory.createURI(UB + "University");
        Node name = NodeFactory.createLiteralString("GraduateStudent7");
        assertThat(LubmScaler.rename(type, 4)).isSameAs(type);
        assertThat(LubmScaler.rename(cls, 4)).isSameAs(cls);
        assertThat(LubmScaler.rename(name, 4)).isSameAs(name);
    }

    @Test
    void renamingIsDeterministic() {
        Graph a = LubmScaler.scale(mini(), 4);
        Graph b = LubmScaler.scale(mini(), 4);
        assertThat(a.isIsomorphicWith(b)).isTrue();
        a.find().forEachRemaining(t -> assertThat(b.contains(t)).isTrue());
    }

    @Test
    void copiesShareNoIndividual() {
        Graph u0 = mini();
        Set<Node> copy0 = subjectsAndObjects(u0, 0);
        Set<Node> copy1 = subjectsAndObjects(u0, 1);
        copy1.retainAll(copy0);
        assertThat(copy1).allMatch(n -> n.isLiteral() || n.getURI().startsWith(UB));
    }

    @Test
    void blankNodesGetAPerCopyLabel() {
        Node b = NodeFactory.createBlankNode("b1");
        assertThat(LubmScaler.rename(b, 3).getBlankNodeLabel()).isEqualTo("b1-copy3");
        assertThat(LubmScaler.rename(b, 0)).isSameAs(b);
    }

    @Test
    void aUniversityNumberOutsideTheUbaRangeIsRefused() {
        Graph g = GraphFactory.createGraphMem();
        g.add(Triple.create(NodeFactory.createURI("http://www.University1000.edu"), RDF.Nodes.type,
                NodeFactory.createURI(UB + "University")));
        assertThatThrownBy(() -> LubmScaler.scale(g, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("University1000");
        assertThat(LubmScaler.scale(g, 1).size()).isEqualTo(1);
    }

    @Test
    void scaleMustBePositive() {
        assertThatThrownBy(() -> LubmScaler.scale(mini(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<Node> subjectsAndObjects(Graph g, int copy) {
        Set<Node> nodes = new HashSet<>();
        g.find().forEachRemaining(t -> {
            Triple r = LubmScaler.rename(t, copy);
            nodes.add(r.getSubject());
            nodes.add(r.getObject());
        });
        return nodes;
    }
}
