package org.w3id.sikg.web;

import org.apache.jena.graph.Node;
import org.w3id.sikg.vocab.SIKG;

/** The kinds of named graph of docs/design.md, told apart by their IRIs. */
enum GraphKind {
    ONTOLOGY, FACT, PROVENANCE, INFERRED, DATASET, OTHER;

    static GraphKind of(Node graph) {
        if (graph == null || !graph.isURI()) {
            return OTHER;
        }
        String g = graph.getURI();
        if (g.equals(SIKG.GRAPH_INFERRED)) {
            return INFERRED;
        }
        if (g.equals(SIKG.GRAPH_ONTOLOGY)) {
            return ONTOLOGY;
        }
        if (g.equals(SIKG.GRAPH_PROVENANCE)) {
            return PROVENANCE;
        }
        if (g.startsWith(SIKG.GRAPH_FACT_NS)) {
            return FACT;
        }
        if (g.startsWith(SIKG.GRAPH_DATASET_NS)) {
            return DATASET;
        }
        return OTHER;
    }

    /** Whether statements in this graph are asserted (everything but the materialised entailments). */
    boolean asserted() {
        return this != INFERRED;
    }
}
