package org.w3id.sikg.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.w3id.sikg.vocab.SIKG;

/**
 * Where a link to an RDF term goes. SIKG's own IRIs are served by this server (so browsing works on any deployment,
 * before and behind w3id.org); other http(s) IRIs link out; any other scheme (e.g. {@code javascript:}) is never a
 * link.
 */
final class Links {

    static final String ID_PATH = "/id/";
    static final String ONTOLOGY_PATH = "/ontology";

    private Links() {
    }

    /** The href for an IRI, or null when it must not be a link. */
    static String href(String iri) {
        if (iri.startsWith(SIKG.ID_NS)) {
            return ID_PATH + encodePathSegment(iri.substring(SIKG.ID_NS.length()));
        }
        if (iri.startsWith(SIKG.NS)) {
            return ONTOLOGY_PATH + "#" + encodePathSegment(iri.substring(SIKG.NS.length()));
        }
        if (iri.equals(SIKG.ONTOLOGY_IRI)) {
            return ONTOLOGY_PATH;
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return iri;
        }
        return null;
    }

    /** True when the href leaves this server. */
    static boolean isExternal(String href) {
        return href != null && !href.startsWith("/");
    }

    /** The local page of the SIKG individual with this identifier. */
    static String resourcePath(String localId) {
        return ID_PATH + encodePathSegment(localId);
    }

    /** The explanation page of a triple; null when the triple has a blank node (it cannot be named in a URL). */
    static String explainHref(Triple t) {
        if (t.getSubject().isBlank() || t.getObject().isBlank()) {
            return null;
        }
        return "/explain?s=" + encodeQuery(t.getSubject().getURI()) + "&p=" + encodeQuery(t.getPredicate().getURI())
                + "&o=" + encodeQuery(term(t.getObject()));
    }

    /** A term in N-Triples syntax, the form {@code /explain?o=} takes for literals. */
    static String term(Node n) {
        return n.isURI() ? n.getURI() : NodeFmtLib.strNT(n);
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encodePathSegment(String s) {
        return percentEncode(s);
    }

    /** Percent-encodes a query parameter value. */
    static String encodeQuery(String s) {
        return percentEncode(s);
    }

    private static String percentEncode(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isUnreserved(c)) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
