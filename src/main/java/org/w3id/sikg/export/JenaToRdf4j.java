package org.w3id.sikg.export;

import org.apache.jena.graph.Node;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena nodes to RDF4J values (IRIs, blank nodes by label, plain/language/typed literals). */
final class JenaToRdf4j {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private JenaToRdf4j() {
    }

    static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", ""));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(n.getLiteralDatatypeURI()));
        }
        throw new IllegalArgumentException("not an RDF term: " + n);
    }

    static Resource resource(Node n) {
        return (Resource) value(n);
    }

    static IRI iri(Node n) {
        return (IRI) value(n);
    }
}
