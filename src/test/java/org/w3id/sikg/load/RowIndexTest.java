package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.validate.NodeLocator;
import org.w3id.sikg.vocab.SIKG;

/**
 * Validation results are located at the row that produced their focus node: a node a fact graph describes, a triple
 * of it, and the fact graph itself (the focus of the shapes on provenance, whose triples live in the provenance graph,
 * not in the fact graph).
 */
class RowIndexTest {

    private static final Node JAPAN = NodeFactory.createURI(SIKG.ID_NS + "japan");
    private static final Node LABEL = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
    private static final Node FACT = NodeFactory.createURI(SIKG.GRAPH_NS + "fact/observations/rank-japan");
    private static final Node PROVENANCE = NodeFactory.createURI(SIKG.GRAPH_NS + "provenance");
    private static final Node DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    private static RowIndex index() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        ds.add(FACT, JAPAN, LABEL, NodeFactory.createLiteralLang("Japan", "en"));
        ds.add(PROVENANCE, FACT, DERIVED, NodeFactory.createURI(SIKG.ID_NS + "sec-1-1"));
        RowIndex index = new RowIndex(ds);
        index.add(FACT, NodeFactory.createURI(SIKG.ID_NS + "rank-japan"),
                new Row("observations", "data/observations.csv", 5, Map.of()));
        return index;
    }

    @Test
    void aFactGraphIsLocatedAtItsRow() {
        assertThat(index().locate(FACT, DERIVED, null))
                .contains(new NodeLocator.Location("data/observations.csv", 5));
        assertThat(index().locate(FACT, null, null)).contains(new NodeLocator.Location("data/observations.csv", 5));
    }

    @Test
    void nodesAndTriplesOfAFactGraphAreLocatedAtItsRowAndUnknownNodesNowhere() {
        assertThat(index().locate(JAPAN, LABEL, NodeFactory.createLiteralLang("Japan", "en")))
                .contains(new NodeLocator.Location("data/observations.csv", 5));
        assertThat(index().locate(NodeFactory.createURI(SIKG.ID_NS + "nowhere"), null, null)).isEmpty();
    }
}
