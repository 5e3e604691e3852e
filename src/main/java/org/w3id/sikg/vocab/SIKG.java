package org.w3id.sikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SIKG namespaces and the ontology terms the Java code refers to. One constant per term; terms are declared in
 * {@code ontology/sikg.ttl}, and {@code SIKGVocabularyTest} checks that every constant here is declared there.
 */
public final class SIKG {

    /** Ontology namespace, prefix {@code sikg:}. */
    public static final String NS = "https://w3id.org/sikg/ontology#";
    public static final String PREFIX = "sikg";
    /** The ontology IRI (without the trailing hash). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/sikg/ontology";
    /** Namespace of individuals (states, alliances, documents ...), prefix {@code sikgid:}. */
    public static final String ID_NS = "https://w3id.org/sikg/id/";
    public static final String ID_PREFIX = "sikgid";
    /** Namespace of named graphs. */
    public static final String GRAPH_NS = "https://w3id.org/sikg/graph/";

    /** Named graph holding the ontology and its imported modules. */
    public static final String GRAPH_ONTOLOGY = GRAPH_NS + "ontology";
    /** Named graph holding PROV-O provenance of every fact graph (subject = the fact graph's IRI). */
    public static final String GRAPH_PROVENANCE = GRAPH_NS + "provenance";
    /** Named graph holding the materialised entailments (never edited by hand, rebuilt on every load). */
    public static final String GRAPH_INFERRED = GRAPH_NS + "inferred";
    /** Prefix of the per-fact named graphs: {@code GRAPH_FACT_NS + table + "/" + rowId}. */
    public static final String GRAPH_FACT_NS = GRAPH_NS + "fact/";
    /** Prefix of graphs holding imported datasets (COW, ATOP): {@code GRAPH_DATASET_NS + name}. */
    public static final String GRAPH_DATASET_NS = GRAPH_NS + "dataset/";

    private SIKG() {
    }

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    public static Resource individual(String localId) {
        return ResourceFactory.createResource(ID_NS + localId);
    }

    /** The IRI of the named graph holding the fact of row {@code rowId} of table {@code table}. */
    public static String factGraph(String table, String rowId) {
        return GRAPH_FACT_NS + table + "/" + rowId;
    }
}
