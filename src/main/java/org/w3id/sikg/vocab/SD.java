package org.w3id.sikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SPARQL 1.1 Service Description vocabulary (https://www.w3.org/TR/sparql11-service-description/), the terms
 * SIKG uses, plus the W3C format and entailment IRIs it refers to.
 */
public final class SD {

    public static final String NS = "http://www.w3.org/ns/sparql-service-description#";
    public static final String PREFIX = "sd";
    /** Namespace of the W3C's unique format IRIs (https://www.w3.org/ns/formats/). */
    public static final String FORMATS_NS = "http://www.w3.org/ns/formats/";
    /** Namespace of the entailment regime IRIs of SPARQL 1.1 Entailment Regimes. */
    public static final String ENTAILMENT_NS = "http://www.w3.org/ns/entailment/";
    /** Namespace of the OWL 2 profile IRIs. */
    public static final String OWL_PROFILE_NS = "http://www.w3.org/ns/owl-profile/";

    public static final Resource Service = resource("Service");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Graph = resource("Graph");
    public static final Resource NamedGraph = resource("NamedGraph");
    public static final Resource SPARQL11Query = resource("SPARQL11Query");
    public static final Resource UnionDefaultGraph = resource("UnionDefaultGraph");

    public static final Property endpoint = property("endpoint");
    public static final Property supportedLanguage = property("supportedLanguage");
    public static final Property resultFormat = property("resultFormat");
    public static final Property feature = property("feature");
    public static final Property defaultEntailmentRegime = property("defaultEntailmentRegime");
    public static final Property defaultSupportedEntailmentProfile = property("defaultSupportedEntailmentProfile");
    public static final Property defaultDataset = property("defaultDataset");
    public static final Property defaultGraph = property("defaultGraph");
    public static final Property namedGraph = property("namedGraph");
    public static final Property name = property("name");
    public static final Property graph = property("graph");

    private SD() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
