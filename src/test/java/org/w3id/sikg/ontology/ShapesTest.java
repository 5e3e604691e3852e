package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.validate.OntologyClosure;
import org.w3id.sikg.vocab.SIKG;

/**
 * ontology/shapes.ttl: every shape is documented and every constraint has an English message and a severity; the
 * ontology with the article sample (the modelling contract of data/) conforms; and each shape does catch what it is
 * for: over src/test/resources/shapes/faults.ttl, which holds one fault per shape, every shape reports its focus node.
 * (Validation of the real data/ through the loader is in the loader's tests; the shapes run there on every load.)
 */
class ShapesTest {

    static final Path SHAPES = OwlApiSupport.ONTOLOGY_DIR.resolve("shapes.ttl");
    private static final Path FAULTS = Path.of("src/test/resources/shapes/faults.ttl");
    private static final String SH = "https://w3id.org/sikg/shapes#";
    private static final String GRAPH = "https://w3id.org/sikg/graph/";

    /** Shape -> the focus node(s) of faults.ttl it must report (sikgid: local names, or graph IRIs). */
    private static final Map<String, List<String>> FAULTS_BY_SHAPE = Map.ofEntries(
            Map.entry("EntityLabelShape", List.of("bad-no-label")),
            Map.entry("EnglishLabelShape", List.of("bad-label-language")),
            Map.entry("DateShape", List.of("bad-date")),
            Map.entry("DatePrecisionShape", List.of("bad-precision")),
            Map.entry("AllianceShape", List.of("bad-alliance")),
            Map.entry("BilateralAllianceShape", List.of("bad-bilateral")),
            Map.entry("MultilateralAllianceShape", List.of("bad-multilateral")),
            Map.entry("DefenceTermShape", List.of("bad-defence-term")),
            Map.entry("HubAndSpokesShape", List.of("bad-hub")),
            Map.entry("PatronClientBargainShape", List.of("bad-bargain")),
            Map.entry("AllianceMembershipShape", List.of("bad-alliance-membership")),
            Map.entry("InstitutionMembershipShape", List.of("bad-institution-membership")),
            Map.entry("TenureShape", List.of("bad-tenure")),
            Map.entry("PostShape", List.of("bad-post")),
            Map.entry("ObservationShape", List.of("bad-observation")),
            Map.entry("ObservationValueShape", List.of("bad-rank", "bad-percentage")),
            Map.entry("MoneyInFullUnitsShape", List.of("bad-money")),
            Map.entry("StanceShape", List.of("bad-stance")),
            Map.entry("StanceShortcutShape", List.of("bad-shortcut-stance")),
            Map.entry("MotiveShape", List.of("bad-motive")),
            Map.entry("FearShape", List.of("bad-fear")),
            Map.entry("AllianceFearShape", List.of("bad-alliance-fear")),
            Map.entry("FearOfAbandonmentShape", List.of("bad-abandonment")),
            Map.entry("FearOfEntrapmentShape", List.of("bad-entrapment")),
            Map.entry("CausalLinkShape", List.of("bad-causal-link")),
            Map.entry("CharacterisationShape", List.of("bad-characterisation")),
            Map.entry("DocumentShape", List.of("bad-document")),
            Map.entry("ContentPointShape", List.of("bad-point")),
            Map.entry("PositionShape", List.of("bad-position")),
            Map.entry("PolicyShape", List.of("bad-policy")),
            Map.entry("ThesisShape", List.of("bad-thesis")),
            Map.entry("NormShape", List.of("bad-norm")),
            Map.entry("DerivedConstraintShape", List.of("bad-constraint")),
            Map.entry("LegalProvisionShape", List.of("bad-provision")),
            Map.entry("ThreatShape", List.of("bad-threat")),
            Map.entry("HierarchyShape", List.of("bad-hierarchy")),
            Map.entry("EventShape", List.of("bad-event")),
            Map.entry("PlaceShape", List.of("bad-place")),
            Map.entry("ConceptShape", List.of("bad-concept")),
            Map.entry("WikidataLinkShape", List.of("bad-link")),
            Map.entry("CitedSourceShape", List.of("bad-citation")),
            Map.entry("FactGraphShape", List.of(GRAPH + "fact/bad/row")),
            Map.entry("SectionShape", List.of("bad-section")));

    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void parse() {
        shapesModel = RDFDataMgr.loadModel(SHAPES.toString());
        shapes = Shapes.parse(shapesModel.getGraph());
    }

    @Test
    void everyShapeIsDocumentedAndEveryConstraintHasAnEnglishMessageAndASeverity() throws IOException {
        List<String> lines = Files.readAllLines(SHAPES);
        List<String> problems = new ArrayList<>();
        for (Resource shape : nodeShapes()) {
            String name = shape.getLocalName();
            if (!shape.hasProperty(RDFS.comment) || !shape.getProperty(RDFS.comment).getLanguage().equals("en")) {
                problems.add(name + ": no English rdfs:comment");
            }
            int at = lines.indexOf("sikgsh:" + name);
            if (at < 1 || !lines.get(at - 1).startsWith("# ")) {
                problems.add(name + ": no # comment directly above the shape in shapes.ttl");
            }
            // Property shapes carry their own message and severity; SPARQL constraints carry a message and take
            // their severity from the node shape (SHACL 5.3); node-level sh:or takes both from the node shape.
            List<Resource> messaged = new ArrayList<>();
            List<Resource> severed = new ArrayList<>();
            shape.listProperties(shapesModel.createProperty(SHACL.property.getURI())).forEachRemaining(s -> {
                messaged.add(s.getResource());
                severed.add(s.getResource());
            });
            shape.listProperties(shapesModel.createProperty(SHACL.sparql.getURI())).forEachRemaining(s -> {
                messaged.add(s.getResource());
                severed.add(shape);
            });
            if (shape.hasProperty(shapesModel.createProperty(SHACL.or.getURI()))) {
                messaged.add(shape);
                severed.add(shape);
            }
            assertThat(messaged).as(name + " constrains something").isNotEmpty();
            for (Resource c : messaged) {
                RDFNode message = c.hasProperty(shapesModel.createProperty(SHACL.message.getURI()))
                        ? c.getProperty(shapesModel.createProperty(SHACL.message.getURI())).getObject() : null;
                if (message == null || !message.isLiteral() || !message.asLiteral().getLanguage().equals("en")) {
                    problems.add(name + ": a constraint without an English sh:message");
                }
            }
            for (Resource c : severed) {
                if (!c.hasProperty(shapesModel.createProperty(SHACL.severity.getURI()))) {
                    problems.add(name + ": a constraint without sh:severity");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(nodeShapes()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theOntologyWithTheArticleSampleConforms() {
        Model data = OntologyClosure.load(OwlApiSupport.ONTOLOGY);
        RDFDataMgr.read(data, OwlApiSupport.SAMPLE.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());
        assertThat(describe(report.getEntries())).as("SHACL results over ontology + article sample").isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    @Test
    void everyShapeReportsItsFaultAndEveryShapeHasOne() {
        Model data = OntologyClosure.load(OwlApiSupport.ONTOLOGY);
        RDFDataMgr.read(data, OwlApiSupport.SAMPLE.toString());
        RDFDataMgr.read(data, FAULTS.toString());
        ValidationReport report = ShaclValidator.get().validate(shapes, data.getGraph());

        Set<String> shapeNames = new TreeSet<>();
        nodeShapes().forEach(s -> shapeNames.add(s.getLocalName()));
        assertThat(shapeNames).as("every shape has a fault in faults.ttl, and only shapes that exist")
                .isEqualTo(new TreeSet<>(FAULTS_BY_SHAPE.keySet()));

        Map<String, Set<String>> reported = new TreeMap<>();
        for (ReportEntry e : report.getEntries()) {
            reported.computeIfAbsent(shapeOf(e.source()), k -> new TreeSet<>()).add(id(e.focusNode()));
            if (shapeOf(e.source()).equals("MoneyInFullUnitsShape")) {
                assertThat(e.severity().level()).isEqualTo(Severity.Warning.level());
            } else {
                assertThat(e.severity().level()).as(shapeOf(e.source())).isEqualTo(Severity.Violation.level());
            }
        }
        List<String> missed = new ArrayList<>();
        FAULTS_BY_SHAPE.forEach((shape, focus) -> focus.forEach(f -> {
            if (!reported.getOrDefault(shape, Set.of()).contains(f)) {
                missed.add(shape + " did not report " + f);
            }
        }));
        assertThat(missed).isEmpty();
        Set<String> sampleNodesReported = new TreeSet<>();
        report.getEntries().forEach(e -> {
            String id = id(e.focusNode());
            if (!id.startsWith("bad-") && !id.startsWith(GRAPH + "fact/bad/") && !id.equals("higuchi-pillar-2")) {
                sampleNodesReported.add(shapeOf(e.source()) + " " + id);
            }
        });
        assertThat(sampleNodesReported).as("results on sample individuals the faults do not touch").isEmpty();
    }

    private static List<Resource> nodeShapes() {
        List<Resource> list = new ArrayList<>();
        shapesModel.listSubjectsWithProperty(RDF.type, shapesModel.createResource(SHACL.NodeShape.getURI()))
                .forEachRemaining(list::add);
        return list;
    }

    /** The node shape a result comes from; for a blank property shape, the node shape holding it. */
    private static String shapeOf(Node source) {
        Graph g = shapesModel.getGraph();
        Node shape = source;
        if (source.isBlank()) {
            List<Node> parents = g.find(Node.ANY, SHACL.property, source).mapWith(t -> t.getSubject()).toList();
            shape = parents.isEmpty() ? source : parents.get(0);
        }
        return shape.isURI() ? shape.getURI().replace(SH, "") : shape.toString();
    }

    private static String id(Node node) {
        return node.isURI() ? node.getURI().replace(SIKG.ID_NS, "") : node.toString();
    }

    private static List<String> describe(Collection<ReportEntry> entries) {
        return entries.stream().map(e -> shapeOf(e.source()) + " " + id(e.focusNode()) + " " + e.resultPath() + ": "
                + e.message()).toList();
    }
}
