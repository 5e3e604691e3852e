package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;

/**
 * The repository's real facts (data/ mapped by the loader into the terms of ontology/sikg.ttl) load with zero problems,
 * conform to ontology/shapes.ttl, pass the reasoner's consistency check, and are consistent with the ontology under
 * HermiT with no unsatisfiable class: the ontology can say every fact the data states, and says it consistently.
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

    /** The project's own reasoner (the enrichers sikg load runs) accepts the data: its consistency check passes. */
    @Test
    void theBuildWithTheReasonerHasNoProblems() {
        Pipeline.Build reasoned = Pipeline.build(SOURCES, Enricher.discovered());
        assertThat(reasoned.problems().errors()).extracting(Problem::format).isEmpty();
        assertThat(reasoned.ok()).isTrue();
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
