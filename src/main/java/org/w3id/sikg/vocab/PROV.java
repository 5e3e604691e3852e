package org.w3id.sikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms SIKG uses (W3C PROV Ontology, {@code http://www.w3.org/ns/prov#}). Constants only. */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";
    public static final String PREFIX = "prov";

    public static final Resource Entity = resource("Entity");
    public static final Resource Activity = resource("Activity");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property hadPrimarySource = property("hadPrimarySource");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
