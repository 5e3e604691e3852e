package org.w3id.sikg.web;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Reads a triple from request parameters {@code s}, {@code p}, {@code o}: {@code s} and {@code p} are absolute IRIs
 * (bare or in angle brackets), {@code o} an IRI or an N-Triples literal. Anything else is a {@code WEB-004}.
 */
final class TripleParameters {

    /** Longest parameter value accepted. */
    static final int MAX_LENGTH = 4096;

    private TripleParameters() {
    }

    static Triple read(HttpServletRequest req) {
        Node s = iri(req, "s");
        Node p = iri(req, "p");
        String o = value(req, "o");
        Node object = o.startsWith("\"") ? literal(req, o) : iri(req, "o", o);
        return Triple.create(s, p, object);
    }

    private static Node iri(HttpServletRequest req, String name) {
        return iri(req, name, value(req, name));
    }

    private static Node iri(HttpServletRequest req, String name, String raw) {
        String v = raw.startsWith("<") && raw.endsWith(">") ? raw.substring(1, raw.length() - 1) : raw;
        try {
            IRIx iri = IRIx.create(v);
            if (!iri.isRelative()) {
                return NodeFactory.createURI(iri.str());
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw fail(req, "parameter '" + name + "' is not an absolute IRI: " + ResourceServlet.abbreviate(v));
    }

    private static Node literal(HttpServletRequest req, String raw) {
        try {
            Node n = NodeFactoryExtra.parseNode(raw);
            if (n.isLiteral()) {
                return n;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        throw fail(req, "parameter 'o' is not an N-Triples literal: " + ResourceServlet.abbreviate(raw));
    }

    private static String value(HttpServletRequest req, String name) {
        String v = req.getParameter(name);
        if (v == null || v.isBlank()) {
            throw fail(req, "parameter '" + name + "' is missing");
        }
        if (v.length() > MAX_LENGTH) {
            throw fail(req, "parameter '" + name + "' is longer than " + MAX_LENGTH + " characters");
        }
        return v.strip();
    }

    private static SikgException fail(HttpServletRequest req, String message) {
        return new SikgException(Problem.of(ErrorCode.WEB_BAD_PARAMETER, req.getMethod() + " /explain", 0, message));
    }
}
