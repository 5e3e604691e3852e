package org.w3id.sikg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.sikg.vocab.SIKG;

/**
 * The two views of the knowledge graph that SIKG serves. In both, the default graph is the union of the view's
 * named graphs (see docs/design.md, "Named graphs").
 */
public enum KgView {

    /** Every named graph: ontology, asserted facts, provenance, imported datasets and the inferred graph. */
    ALL("kg"),
    /** Every named graph except {@link SIKG#GRAPH_INFERRED}: what the sources assert, without entailments. */
    ASSERTED("kg-asserted");

    /** The node of the inferred graph, the one graph the asserted view hides. */
    public static final Node INFERRED = NodeFactory.createURI(SIKG.GRAPH_INFERRED);

    private final String datasetName;

    KgView(String datasetName) {
        this.datasetName = datasetName;
    }

    /** The name of the view's dataset on the server, e.g. {@code kg} for {@code /kg/sparql}. */
    public String datasetName() {
        return datasetName;
    }

    /** Whether the named graph {@code graphName} is part of this view. */
    public boolean shows(Node graphName) {
        return this == ALL || !INFERRED.equals(graphName);
    }
}
