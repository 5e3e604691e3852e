package org.w3id.sikg.reason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.OWLOntologyStorageException;

/**
 * The OWL 2 test cases of the W3C OWL WG export (src/test/resources/reason/owl2), read with Jena. Ontologies are
 * taken in RDF/XML where the test has it, otherwise converted from functional syntax with the OWL API; imported
 * ontologies are merged into the premise.
 */
final class Owl2TestSuite {

    static final String TEST = "http://www.w3.org/2007/OWL/testOntology#";

    /** One test case, as far as this runner uses it. */
    record TestCase(String id, Set<String> types, Set<String> semantics, Optional<Graph> premise,
            Optional<Graph> conclusion, Optional<Graph> nonConclusion, String description) {

        boolean is(String type) {
            return types.contains(type);
        }
    }

    private final Model model = ModelFactory.createDefaultModel();

    Owl2TestSuite() throws IOException {
        try (InputStream in = new GZIPInputStream(
                Owl2TestSuite.class.getResourceAsStream("/reason/owl2/owl2-test-cases-all.rdf.gz"))) {
            RDFDataMgr.read(model, in, "http://owl.semanticweb.org/", Lang.RDFXML);
        }
    }

    /** The test cases with {@code test:profile test:RL}, ordered by identifier. */
    List<TestCase> rlTests() {
        String query = "PREFIX test: <" + TEST + "> SELECT ?t ?id WHERE { ?t test:profile test:RL ; test:identifier ?id }"
                + " ORDER BY ?id";
        List<TestCase> tests = new ArrayList<>();
        try (QueryExecution qe = QueryExecutionFactory.create(query, model)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                tests.add(read(row.getResource("t"), row.getLiteral("id").getString()));
            }
        }
        return tests;
    }

    private TestCase read(Resource t, String id) {
        Set<String> types = new java.util.TreeSet<>();
        t.listProperties(model.createProperty(org.apache.jena.vocabulary.RDF.type.getURI()))
                .forEachRemaining(s -> types.add(s.getResource().getLocalName()));
        Set<String> semantics = new java.util.TreeSet<>();
        t.listProperties(prop("semantics")).forEachRemaining(s -> semantics.add(s.getResource().getLocalName()));
        Optional<Graph> premise = ontology(t, "Premise");
        premise.ifPresent(g -> t.listProperties(prop("importedOntology")).forEachRemaining(s -> {
            Optional<String> text = text(s.getResource(), "rdfXmlInputOntology");
            text.ifPresent(x -> fromRdfXml(x).find().forEachRemaining(g::add));
        }));
        String description = Optional.ofNullable(t.getProperty(prop("description")))
                .map(s -> s.getString()).orElse("");
        return new TestCase(id, types, semantics, premise, ontology(t, "Conclusion"), ontology(t, "NonConclusion"),
                description);
    }

    private org.apache.jena.rdf.model.Property prop(String local) {
        return model.createProperty(TEST + local);
    }

    private Optional<String> text(Resource r, String property) {
        return Optional.ofNullable(r.getProperty(prop(property))).map(s -> s.getObject()).map(RDFNode::asLiteral)
                .map(l -> l.getLexicalForm());
    }

    /** The premise/conclusion/non-conclusion ontology: RDF/XML if given, else functional syntax via the OWL API. */
    private Optional<Graph> ontology(Resource t, String role) {
        Optional<String> rdfXml = text(t, "rdfXml" + role + "Ontology");
        if (rdfXml.isPresent()) {
            return rdfXml.map(Owl2TestSuite::fromRdfXml);
        }
        return text(t, "fs" + role + "Ontology").map(Owl2TestSuite::fromFunctionalSyntax);
    }

    private static Graph fromRdfXml(String text) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(text)).lang(Lang.RDFXML).base("http://example.org/").parse(g);
        return g;
    }

    private static Graph fromFunctionalSyntax(String text) {
        try {
            OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
            OWLOntology ontology = manager.loadOntologyFromOntologyDocument(new StringDocumentSource(text));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            manager.saveOntology(ontology, new TurtleDocumentFormat(), out);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.create().fromString(out.toString(java.nio.charset.StandardCharsets.UTF_8)).lang(Lang.TURTLE)
                    .parse(g);
            return g;
        } catch (OWLOntologyCreationException | OWLOntologyStorageException e) {
            throw new IllegalStateException("cannot convert functional syntax: " + e.getMessage(), e);
        }
    }
}
