package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.reason.Materialisation;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.RuleSet;
import org.w3id.sikg.vocab.Prefixes;
import org.w3id.sikg.vocab.SIKG;

/**
 * The repository's real facts (data/ mapped by the loader into the terms of ontology/sikg.ttl) load with zero problems,
 * conform to ontology/shapes.ttl, raise no clash in the project's OWL 2 RL materialiser, and are consistent with the
 * ontology under HermiT with no unsatisfiable class: the ontology can say every fact the data states, and says it consistently.
 */
class RealDataTest {

    private static final Sources SOURCES = Sources.resolve(OwlApiSupport.ONTOLOGY_DIR, Path.of("data"));
    private static Pipeline.Build build;

    @BeforeAll
    static void load() {
        build = Pipeline.build(SOURCES, List.of());
    }

    @Test
    void theDataLoadsWithZeroProblems() {
        assertThat(build.problems().errors()).extracting(Problem::format).isEmpty();
        assertThat(build.problems().warnings()).extracting(Problem::format).isEmpty();
        assertThat(build.load().missing()).as("tables or the ontology that could not be mapped").isEmpty();
        assertThat(build.load().stats().tables()).isGreaterThanOrEqualTo(30);
        assertThat(build.load().stats().rows()).isGreaterThan(700);
    }

    /** Independently of how the loader reports SHACL results: the mapped union graph conforms to every shape. */
    @Test
    void theMappedDataConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(ShapesTest.SHAPES.toString()));
        ValidationReport report = ShaclValidator.get().validate(shapes, union(false));
        assertThat(report.getEntries()).extracting(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                .isEmpty();
        assertThat(report.conforms()).isTrue();
    }

    /**
     * The project's own OWL 2 RL materialiser (ontology/rules/owl2rl.rules) finds no clash in ontology + data and draws
     * the conclusions the new patterns promise: a fear's kind from its class (hasValue), the feared party from the
     * feared ally (sub-property), a policy's PROV attribution, alliances of the hub from the hub-and-spokes rows.
     */
    @Test
    void theOwl2RlMaterialiserFindsNoClashAndDrawsThePatternsConclusions() {
        Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(build.dataset());
        assertThat(m.clashes()).extracting(c -> c.describe(Prefixes.prefixMapping())).isEmpty();
        assertThat(m.isConsistent()).isTrue();
        assertThat(m.holds(triple("japan-entrapment", SIKG.fearKind.getURI(), "fear-of-entrapment"))).isTrue();
        assertThat(m.holds(triple("japan-entrapment", SIKG.fearedParty.getURI(), "united-states"))).isTrue();
        assertThat(m.holds(triple("japan-entrapment", RDF.type.getURI(), SIKG.Fear))).isTrue();
        assertThat(m.holds(triple("us-fear-soviet-manipulation", RDF.type.getURI(), SIKG.AllianceFear))).isFalse();
        assertThat(m.holds(triple("america-first", "http://www.w3.org/ns/prov#wasAttributedTo", "trump-administration")))
                .isTrue();
        assertThat(m.holds(triple("japan", SIKG.alliedWith.getURI(), "united-states"))).isTrue();
        assertThat(m.holds(triple("japan", SIKG.alliedWith.getURI(), "south-korea"))).isFalse();
    }

    private static Triple triple(String subject, String property, String object) {
        return Triple.create(NodeFactory.createURI(SIKG.ID_NS + subject), NodeFactory.createURI(property),
                NodeFactory.createURI(SIKG.ID_NS + object));
    }

    private static Triple triple(String subject, String property, org.apache.jena.rdf.model.Resource object) {
        return Triple.create(NodeFactory.createURI(SIKG.ID_NS + subject), NodeFactory.createURI(property),
                object.asNode());
    }

    /** HermiT over the ontology (with its imports) and every individual of every fact and provenance graph. */
    @Test
    void hermitFindsOntologyAndAllDataConsistentWithNoUnsatisfiableClass(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("union.nt");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, union(true), Lang.NTRIPLES);
        }
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        OWLOntology all = manager.loadOntologyFromOntologyDocument(new File(file.toString()));
        manager.getOntologyFormat(all).getOntologyLoaderMetaData().ifPresent(meta ->
                assertThat(meta.getUnparsedTriples().toList()).as("triples the OWL API could not read").isEmpty());
        assertThat(all.getIndividualsInSignature()).hasSizeGreaterThan(1000);
        OWLReasoner hermit = new ReasonerFactory().createReasoner(all);
        assertThat(hermit.isConsistent()).isTrue();
        assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()).as("unsatisfiable classes").isEmpty();
    }

    /** All triples of all graphs (ontology, facts, provenance); without owl:imports when read as one OWL document. */
    private static Graph union(boolean withoutImports) {
        Graph union = GraphFactory.createDefaultGraph();
        build.dataset().find().forEachRemaining(q -> {
            if (!withoutImports || !q.getPredicate().equals(OWL.imports.asNode())) {
                union.add(q.asTriple());
            }
        });
        return union;
    }
}
