package org.w3id.sikg.web;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.w3id.sikg.vocab.SIKG;

/**
 * An RDF term as a page shows it. Templates print these fields with HTML escaping; nothing here is markup.
 *
 * @param text what is shown: the label, the abbreviated IRI, or the literal's lexical form
 * @param href where it links to, or null (literals, blank nodes, IRIs that must not be links)
 * @param iri the full IRI (shown as a tooltip and copyable), or null
 * @param lang the literal's language tag, or null
 * @param datatype the literal's abbreviated datatype when it is worth showing (not string/langString), or null
 * @param literal whether it is a literal
 * @param external whether the link leaves this server
 */
public record TermView(String text, String href, String iri, String lang, String datatype, boolean literal,
        boolean external) {

    /** A term with its label if it has one. */
    static TermView of(Node node, String label, PrefixMapping prefixes) {
        if (node.isLiteral()) {
            return literal(node, prefixes);
        }
        if (node.isBlank()) {
            return new TermView(label != null ? label : "(blank node)", null, null, null, null, false, false);
        }
        String iri = node.isURI() ? node.getURI() : node.toString();
        String href = node.isURI() ? Links.href(iri) : null;
        String text = label != null && !label.isBlank() ? label : name(iri, prefixes);
        return new TermView(text, href, iri, null, null, false, Links.isExternal(href));
    }

    /**
     * The name of an IRI without a label: the local name for SIKG's own IRIs ({@code sikgid:}, {@code sikg:}), the
     * prefixed name for other vocabularies ({@code rdf:type}, {@code wd:Q17}), where the prefix says whose term it is.
     */
    static String name(String iri, PrefixMapping prefixes) {
        for (String ns : new String[] {SIKG.ID_NS, SIKG.NS}) {
            if (iri.startsWith(ns) && iri.length() > ns.length()) {
                return iri.substring(ns.length());
            }
        }
        return prefixes.shortForm(iri);
    }

    /** A term without a label. */
    static TermView of(Node node, PrefixMapping prefixes) {
        return of(node, null, prefixes);
    }

    private static TermView literal(Node node, PrefixMapping prefixes) {
        String lang = node.getLiteralLanguage();
        String dt = node.getLiteralDatatypeURI();
        boolean plain = dt == null || dt.equals(XSDDatatype.XSDstring.getURI()) || dt.equals(RDF.langString.getURI());
        return new TermView(node.getLiteralLexicalForm(), null, null, lang == null || lang.isEmpty() ? null : lang,
                plain ? null : prefixes.shortForm(dt), true, false);
    }

    /** The label of a label node from a query row (null-safe). */
    static String labelOf(Node labelNode) {
        return labelNode != null && labelNode.isLiteral() ? labelNode.getLiteralLexicalForm() : null;
    }
}
