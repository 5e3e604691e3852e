package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;

/**
 * Renders OWL class expressions (blank nodes in the ontology graph) in Manchester-like syntax for the ontology
 * documentation, e.g. {@code hasParty min 2 State}, {@code (Alliance or Institution)}, or a property chain such as
 * {@code inverse(spoke) o hub}. Unknown shapes render as
 * "(complex expression)"; depth is bounded.
 */
final class ClassExpressions {

    private static final int MAX_DEPTH = 6;

    private final Graph ontology;
    private final Function<Node, String> name;

    /**
     * @param ontology the ontology graph (read inside a transaction)
     * @param name how a named term is shown (its label or abbreviated IRI)
     */
    ClassExpressions(Graph ontology, Function<Node, String> name) {
        this.ontology = ontology;
        this.name = name;
    }

    String render(Node expr) {
        return render(expr, 0);
    }

    private String render(Node expr, int depth) {
        if (!expr.isBlank()) {
            return expr.isLiteral() ? expr.getLiteralLexicalForm() : name.apply(expr);
        }
        if (depth > MAX_DEPTH) {
            return "(…)";
        }
        Node property = value(expr, OWL2.onProperty.asNode());
        if (property != null) {
            return restriction(expr, name.apply(property), depth);
        }
        for (String[] op : new String[][] {{OWL2.unionOf.getURI(), " or "}, {OWL2.intersectionOf.getURI(), " and "},
            {OWL2.oneOf.getURI(), ", "}}) {
            Node list = value(expr, NodeFactory.createURI(op[0]));
            if (list != null) {
                List<String> parts = new ArrayList<>();
                items(list).forEach(n -> parts.add(render(n, depth + 1)));
                return (op[1].equals(", ") ? "{" : "(") + String.join(op[1], parts) + (op[1].equals(", ") ? "}" : ")");
            }
        }
        Node complement = value(expr, OWL2.complementOf.asNode());
        if (complement != null) {
            return "not " + render(complement, depth + 1);
        }
        Node inverse = value(expr, OWL2.inverseOf.asNode());
        if (inverse != null) {
            return "inverse(" + render(inverse, depth + 1) + ")";
        }
        if (value(expr, RDF.first.asNode()) != null) {
            List<String> chain = new ArrayList<>();
            items(expr).forEach(n -> chain.add(render(n, depth + 1)));
            return String.join(" o ", chain);
        }
        return "(complex expression)";
    }

    private String restriction(Node expr, String property, int depth) {
        String[][] kinds = {{OWL2.someValuesFrom.getURI(), "some"}, {OWL2.allValuesFrom.getURI(), "only"},
            {OWL2.hasValue.getURI(), "value"}, {OWL2.minQualifiedCardinality.getURI(), "min"},
            {OWL2.maxQualifiedCardinality.getURI(), "max"}, {OWL2.qualifiedCardinality.getURI(), "exactly"},
            {OWL2.minCardinality.getURI(), "min"}, {OWL2.maxCardinality.getURI(), "max"},
            {OWL2.cardinality.getURI(), "exactly"}};
        for (String[] k : kinds) {
            Node v = value(expr, NodeFactory.createURI(k[0]));
            if (v != null) {
                Node onClass = value(expr, OWL2.onClass.asNode());
                String filler = onClass != null ? " " + render(onClass, depth + 1) : "";
                return property + " " + k[1] + " " + render(v, depth + 1) + filler;
            }
        }
        return property + " (restriction)";
    }

    private Node value(Node s, Node p) {
        ExtendedIterator<Triple> it = ontology.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private List<Node> items(Node list) {
        List<Node> out = new ArrayList<>();
        Node cur = list;
        while (cur != null && !cur.equals(RDF.nil.asNode()) && out.size() < 100) {
            Node first = value(cur, RDF.first.asNode());
            if (first != null) {
                out.add(first);
            }
            cur = value(cur, RDF.rest.asNode());
        }
        return out;
    }
}
