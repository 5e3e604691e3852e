package org.w3id.sikg.bench;

import org.apache.jena.graph.Graph;

/**
 * The seam between the bench and a materialising reasoner: SIKG's own engine ({@link SikgEngine#find()}) in
 * production, a stand-in in the bench's unit tests. The bench times the call, samples the heap around it, unions
 * the result with the input and loads that closure into the same kind of store as baseline B2's closure.
 */
public interface ClosureEngine {

    /** A short name for reports, e.g. {@code SIKG semi-naive OWL 2 RL}. */
    String name();

    /**
     * Materialises the entailments of ontology ∪ data.
     *
     * @param recordDerivations whether to record the derivation of every inferred triple (explanations)
     * @return the inferred triples (asserted ones may be included: the bench takes the union)
     */
    Graph materialise(Graph ontology, Graph data, boolean recordDerivations);
}
