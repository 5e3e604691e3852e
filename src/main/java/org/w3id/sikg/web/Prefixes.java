package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.sikg.vocab.SIKG;

/**
 * The prefixes the web front end uses to abbreviate IRIs on pages, in RDF downloads and in the SPARQL editor. The
 * store's own prefixes (if any) are added on top of these.
 */
final class Prefixes {

    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry(SIKG.PREFIX, SIKG.NS),
            Map.entry(SIKG.ID_PREFIX, SIKG.ID_NS),
            Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
            Map.entry("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
            Map.entry("owl", "http://www.w3.org/2002/07/owl#"),
            Map.entry("xsd", "http://www.w3.org/2001/XMLSchema#"),
            Map.entry("skos", "http://www.w3.org/2004/02/skos/core#"),
            Map.entry("dcterms", "http://purl.org/dc/terms/"),
            Map.entry("prov", "http://www.w3.org/ns/prov#"),
            Map.entry("org", "http://www.w3.org/ns/org#"),
            Map.entry("time", "http://www.w3.org/2006/time#"),
            Map.entry("vann", "http://purl.org/vocab/vann/"),
            Map.entry("void", "http://rdfs.org/ns/void#"),
            Map.entry("sd", "http://www.w3.org/ns/sparql-service-description#"),
            Map.entry("wd", WIKIDATA_ENTITY));

    private Prefixes() {
    }

    /** The standard prefixes plus those declared in {@code extra} (which win on a clash of prefix names). */
    static PrefixMapping mapping(PrefixMapping extra) {
        PrefixMapping pm = new PrefixMappingImpl();
        pm.setNsPrefixes(STANDARD);
        if (extra != null) {
            extra.getNsPrefixMap().forEach((p, ns) -> {
                if (!pm.getNsPrefixMap().containsValue(ns)) {
                    pm.setNsPrefix(p, ns);
                }
            });
        }
        return pm.lock();
    }

    /** The prefixes of {@code all} whose namespace starts an IRI (or a literal's datatype) among {@code nodes}. */
    static PrefixMapping used(Iterator<Node> nodes, PrefixMapping all) {
        Set<String> iris = new HashSet<>();
        nodes.forEachRemaining(n -> {
            if (n.isURI()) {
                iris.add(n.getURI());
            } else if (n.isLiteral() && n.getLiteralDatatypeURI() != null) {
                iris.add(n.getLiteralDatatypeURI());
            }
        });
        PrefixMapping out = new PrefixMappingImpl();
        all.getNsPrefixMap().forEach((p, ns) -> {
            if (iris.stream().anyMatch(i -> i.startsWith(ns))) {
                out.setNsPrefix(p, ns);
            }
        });
        return out;
    }

    /** The prefixes of {@code all} used in {@code graph}. */
    static PrefixMapping used(Graph graph, PrefixMapping all) {
        return used(graph.find().toList().stream()
                .flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject())).iterator(), all);
    }

    /** The prefixes of {@code all} used in {@code dataset}, graph names included. */
    static PrefixMapping used(DatasetGraph dataset, PrefixMapping all) {
        List<Quad> quads = new ArrayList<>();
        dataset.find().forEachRemaining(quads::add);
        return used(quads.stream().flatMap(q -> Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(),
                q.getObject())).iterator(), all);
    }

    /** The standard prefixes only. */
    static PrefixMapping standard() {
        return mapping(null);
    }
}
