package org.w3id.sikg.web;

import org.apache.jena.graph.Node;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.vocab.SIKG;

/**
 * The kinds of named graph of docs/design.md, told apart by their IRIs; {@code METADATA} is the store's own
 * bookkeeping graph (the fingerprint of the sources it was built from), which is neither asserted nor inferred
 * knowledge.
 */
enum GraphKind {
    ONTOLOGY, FACT, PROVENANCE, INFERRED, DATASET, METADATA, OTHER;

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
        if (g.equals(SikgStore.GRAPH_METADATA)) {
            return METADATA;
        }
        return OTHER;
    }

    /** Whether statements in this graph are asserted (everything but the entailments and the store's metadata). */
    boolean asserted() {
        return this != INFERRED && this != METADATA;
    }
}
