package org.w3id.sikg.export;

import org.apache.jena.riot.Lang;
import org.eclipse.rdf4j.rio.RDFFormat;

/** The formats {@code sikg export} writes, with the RDF4J Rio format used and the Jena language that reads it back. */
public enum ExportFormat {
    /** Pretty Turtle with the project's prefixes: the union of all graphs (graph names are lost). */
    TTL(RDFFormat.TURTLE, Lang.TURTLE),
    /** TriG: every named graph. */
    TRIG(RDFFormat.TRIG, Lang.TRIG),
    /** N-Quads: every named graph, one quad per line (sorted, diff-friendly). */
    NQ(RDFFormat.NQUADS, Lang.NQUADS),
    /** JSON-LD compacted with the published context (ontology/context.jsonld): every named graph. */
    JSONLD(RDFFormat.JSONLD, Lang.JSONLD),
    /** RDF/XML: the union of all graphs (graph names are lost). */
    RDFXML(RDFFormat.RDFXML, Lang.RDFXML);

    private final RDFFormat rio;
    private final Lang jena;

    ExportFormat(RDFFormat rio, Lang jena) {
        this.rio = rio;
        this.jena = jena;
    }

    public RDFFormat rio() {
        return rio;
    }

    /** The Jena language that parses this format. */
    public Lang jena() {
        return jena;
    }

    /** Whether the format keeps named graphs (otherwise the union of the graphs is written). */
    public boolean keepsGraphs() {
        return rio.supportsContexts();
    }

    public String fileExtension() {
        return rio.getDefaultFileExtension();
    }
}
