package org.w3id.sikg.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The representations a Linked Data page can be served in: HTML for people, and RDF serialisations for machines.
 * Each has its media types (the first is the one answered), a URL suffix and {@code ?format=} names.
 */
enum Variant {
    HTML(null, "HTML", ".html", List.of("text/html", "application/xhtml+xml"), "html"),
    TURTLE(RDFFormat.TURTLE_PRETTY, "Turtle", ".ttl", List.of("text/turtle", "application/x-turtle"), "ttl", "turtle"),
    JSONLD(RDFFormat.JSONLD11_PRETTY, "JSON-LD", ".jsonld", List.of("application/ld+json", "application/json"), "jsonld",
            "json-ld"),
    RDFXML(RDFFormat.RDFXML_PRETTY, "RDF/XML", ".rdf", List.of("application/rdf+xml"), "rdf", "rdfxml", "xml"),
    NTRIPLES(RDFFormat.NTRIPLES, "N-Triples", ".nt", List.of("application/n-triples"), "nt", "ntriples"),
    TRIG(RDFFormat.TRIG_PRETTY, "TriG", ".trig", List.of("application/trig"), "trig"),
    NQUADS(RDFFormat.NQUADS, "N-Quads", ".nq", List.of("application/n-quads"), "nq", "nquads");

    /** The variants of a resource description or explanation: HTML and every RDF syntax. */
    static final List<Variant> ALL = List.of(values());
    /** RDF syntaxes that hold triples only. */
    static final List<Variant> TRIPLES = List.of(TURTLE, JSONLD, RDFXML, NTRIPLES);

    private final RDFFormat rdfFormat;
    private final String displayName;
    private final String suffix;
    private final List<String> mediaTypes;
    private final List<String> names;

    Variant(RDFFormat rdfFormat, String displayName, String suffix, List<String> mediaTypes, String... names) {
        this.rdfFormat = rdfFormat;
        this.displayName = displayName;
        this.suffix = suffix;
        this.mediaTypes = mediaTypes;
        this.names = List.of(names);
    }

    /** The Jena writer format, or null for HTML. */
    RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The syntax's usual name, e.g. "JSON-LD". */
    String displayName() {
        return displayName;
    }

    String suffix() {
        return suffix;
    }

    /** The media type answered, with charset for text types. */
    String contentType() {
        String mt = mediaTypes.get(0);
        return mt.startsWith("text/") || this == JSONLD || this == NTRIPLES || this == NQUADS || this == TRIG
                ? mt + "; charset=utf-8" : mt;
    }

    String mediaType() {
        return mediaTypes.get(0);
    }

    List<String> mediaTypes() {
        return mediaTypes;
    }

    /** Whether the syntax keeps named graphs (TriG, N-Quads). */
    boolean isQuads() {
        return this == TRIG || this == NQUADS;
    }

    /** The variant named by a {@code ?format=} value, if any. */
    static Optional<Variant> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Variant v : values()) {
            if (v.names.contains(n)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The variant whose suffix ends {@code path}, if any. */
    static Optional<Variant> bySuffix(String path) {
        for (Variant v : values()) {
            if (path.endsWith(v.suffix) && path.length() > v.suffix.length()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
