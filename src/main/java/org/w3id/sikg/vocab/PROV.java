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
    public static final Resource Association = resource("Association");
    public static final Resource Plan = resource("Plan");
    public static final Resource SoftwareAgent = resource("SoftwareAgent");
    public static final Property wasDerivedFrom = property("wasDerivedFrom");
    public static final Property hadPrimarySource = property("hadPrimarySource");
    public static final Property wasGeneratedBy = property("wasGeneratedBy");
    public static final Property used = property("used");
    public static final Property qualifiedAssociation = property("qualifiedAssociation");
    public static final Property agent = property("agent");
    public static final Property hadPlan = property("hadPlan");

    private PROV() {
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
