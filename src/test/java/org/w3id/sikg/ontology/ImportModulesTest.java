package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The import modules are faithful extracts (ODK style): every triple about a vocabulary's terms is copied unchanged
 * from the upstream file (only OWL declarations may be added), and a module holds only terms SIKG uses.
 */
class ImportModulesTest {

    private static final Path UPSTREAM = Path.of("src/test/resources/ontology/upstream");
    private static final Set<RDFNode> DECLARATIONS = Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty);

    static List<String> modules() {
        return List.of("dcterms", "org", "prov", "skos", "time");
    }

    private static final Map<String, String> UPSTREAM_FILE = Map.of("dcterms", "dcterms.nq", "org", "org.ttl",
            "prov", "prov-o.ttl", "skos", "skos.nq", "time", "time.ttl");

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void everyCopiedTripleIsInTheUpstreamFile(String module) {
        Model upstream = upstream(UPSTREAM.resolve(UPSTREAM_FILE.get(module)));
        Model extract = RDFDataMgr.loadModel(moduleFile(module).toString());
        Resource header = extract.getResource("https://w3id.org/sikg/ontology/imports/" + module);
        assertThat(header.hasProperty(RDF.type, OWL2.Ontology)).isTrue();
        Set<String> invented = new TreeSet<>();
        for (Statement s : extract.listStatements().toList()) {
            boolean isHeader = s.getSubject().equals(header);
            boolean isDeclaration = s.getPredicate().equals(RDF.type) && DECLARATIONS.contains(s.getObject());
            if (!isHeader && !isDeclaration && !upstream.contains(s)) {
                invented.add(s.toString());
            }
        }
        assertThat(invented).as("triples of " + module + " not found in the upstream file").isEmpty();
        assertThat(extract.size()).isGreaterThan(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void moduleHoldsOnlyTermsSikgUses(String module) {
        Model used = RDFDataMgr.loadModel(OwlApiSupport.ONTOLOGY.toString());
        RDFDataMgr.read(used, OwlApiSupport.SAMPLE.toString());
        Set<String> referenced = new HashSet<>();
        used.listStatements().forEachRemaining(s -> collect(s, referenced));
        Model extract = RDFDataMgr.loadModel(moduleFile(module).toString());
        Set<String> unused = new TreeSet<>();
        for (Resource term : extract.listSubjects().toList()) {
            if (!term.isURIResource() || term.getURI().startsWith("https://w3id.org/sikg/")) {
                continue;
            }
            boolean usedByModules = modules().stream().anyMatch(m -> referencedByOthers(m, term));
            if (!referenced.contains(term.getURI()) && !usedByModules) {
                unused.add(term.getURI());
            }
        }
        assertThat(unused).as("terms of " + module + " that neither SIKG nor another kept axiom uses").isEmpty();
    }

    private static boolean referencedByOthers(String module, Resource term) {
        Model m = RDFDataMgr.loadModel(moduleFile(module).toString());
        return m.listStatements().toList().stream()
                .anyMatch(s -> !s.getSubject().equals(term) && (s.getPredicate().equals(term) || s.getObject().equals(term)));
    }

    private static void collect(Statement s, Set<String> into) {
        into.add(s.getPredicate().getURI());
        if (s.getSubject().isURIResource()) {
            into.add(s.getSubject().getURI());
        }
        if (s.getObject().isURIResource()) {
            into.add(s.getObject().asResource().getURI());
        }
    }

    private static Path moduleFile(String module) {
        return OwlApiSupport.ONTOLOGY_DIR.resolve("imports").resolve(module + ".ttl");
    }

    private static Model upstream(Path file) {
        if (file.toString().endsWith(".nq")) {
            Dataset ds = RDFDataMgr.loadDataset(file.toString());
            Model union = ModelFactory.createDefaultModel().add(ds.getDefaultModel());
            ds.listNames().forEachRemaining(n -> union.add(ds.getNamedModel(n)));
            return union;
        }
        return RDFDataMgr.loadModel(file.toString());
    }
}
