package org.w3id.sikg.cli;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.vocabulary.RDF;
import org.w3id.sikg.vocab.Prefixes;

/**
 * RDF terms typed on the command line: an IRI in angle brackets or in full ({@code https://w3id.org/sikg/id/japan}),
 * a prefixed name with SIKG's prefixes ({@code sikgid:japan}, {@code sikg:alliedWith}), {@code a} for
 * {@code rdf:type}, and for objects a literal in Turtle form ({@code "70"^^xsd:decimal}, {@code 70}, {@code "x"@en}).
 */
final class Terms {

    private Terms() {
    }

    /**
     * The term {@code text} names.
     *
     * @param allowLiteral whether a literal is acceptable (the object position)
     * @throws IllegalArgumentException with a one-line reason when it is not a term of the allowed kind
     */
    static Node parse(String text, boolean allowLiteral) {
        String t = text.strip();
        PrefixMapping prefixes = Prefixes.prefixMapping();
        if (t.equals("a")) {
            return RDF.type.asNode();
        }
        int colon = t.indexOf(':');
        boolean prefixed = colon >= 0 && prefixes.getNsPrefixURI(t.substring(0, colon)) != null;
        if (!prefixed && (t.contains("://") || t.startsWith("urn:")) && isAbsoluteIri(t)) {
            return NodeFactory.createURI(t);
        }
        if (!prefixed && colon > 0 && t.substring(0, colon).matches("[A-Za-z][\\w.-]*")) {
            throw new IllegalArgumentException("unknown prefix '" + t.substring(0, colon) + "' in '" + text
                    + "'; the prefixes are " + prefixes.getNsPrefixMap().keySet()
                    + ", or write the IRI in full or in <...>");
        }
        Node node;
        try {
            node = NodeFactoryExtra.parseNode(t, org.apache.jena.riot.system.PrefixMapFactory.create(prefixes));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IRI, a prefixed name with a known prefix "
                    + prefixes.getNsPrefixMap().keySet() + (allowLiteral ? " or a literal" : ""));
        }
        if (node.isLiteral() && !allowLiteral) {
            throw new IllegalArgumentException("'" + text + "' is a literal; only the object may be one");
        }
        if (!node.isURI() && !node.isLiteral()) {
            throw new IllegalArgumentException("'" + text + "' is neither an IRI nor a literal");
        }
        return node;
    }

    private static boolean isAbsoluteIri(String t) {
        if (t.isEmpty() || t.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            return false;
        }
        try {
            return IRIx.create(t).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
