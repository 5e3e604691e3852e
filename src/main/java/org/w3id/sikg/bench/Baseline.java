package org.w3id.sikg.bench;

/** The Jena baselines the bench measures in the same run as SIKG. */
public enum Baseline {
    /** Jena InfModel with the OWL Micro reasoner over ontology + data in one graph: query-time reasoning. */
    B1("Jena OWL Micro InfModel (query-time reasoning, child JVM)"),
    /** Jena's OWL Micro closure copied into a plain graph (Jena's materialisation), then stored. */
    B2("Jena OWL Micro closure, materialised and stored"),
    /** The asserted data and ontology, no reasoning: the floor for query time, incomplete answers. */
    B3("asserted data, no reasoning");

    private final String description;

    Baseline(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
