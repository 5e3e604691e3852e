package org.w3id.sikg.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.shared.PrefixMapping;

/**
 * The one place where SIKG declares its prefixes. Writers (Turtle, TriG, JSON-LD context), SPARQL result pages and
 * the published JSON-LD context ({@code ontology/context.jsonld}, checked by a test) all take them from here.
 */
public final class Prefixes {

    private static final Map<String, String> MAP = build();
    private static final PrefixMapping MAPPING = PrefixMapping.Factory.create().setNsPrefixes(MAP).lock();

    private Prefixes() {
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(SIKG.PREFIX, SIKG.NS);
        m.put(SIKG.ID_PREFIX, SIKG.ID_NS);
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("skos", "http://www.w3.org/2004/02/skos/core#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put(PROV.PREFIX, PROV.NS);
        m.put("time", "http://www.w3.org/2006/time#");
        m.put("org", "http://www.w3.org/ns/org#");
        m.put("sh", "http://www.w3.org/ns/shacl#");
        m.put("wd", "http://www.wikidata.org/entity/");
        return Collections.unmodifiableMap(m);
    }

    /** Prefix to namespace, in declaration order (SIKG's own first). */
    public static Map<String, String> map() {
        return MAP;
    }

    /** The same prefixes as a locked Jena {@link PrefixMapping}. */
    public static PrefixMapping prefixMapping() {
        return MAPPING;
    }
}
