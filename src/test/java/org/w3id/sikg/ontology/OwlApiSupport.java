package org.w3id.sikg.ontology;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.MissingImportHandlingStrategy;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.model.OWLOntologyIRIMapper;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.reasoner.InferenceType;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.sikg.validate.Catalog;

/**
 * Loads the ontology the way Protégé does: with the OWL API, imports resolved through {@code catalog-v001.xml}
 * (ontology/ for sikg.ttl, src/test/resources/ontology/ for the sample). An import the catalog does not map is never
 * fetched from the network: it is pointed at a file that does not exist and recorded as missing, so a test names it.
 */
final class OwlApiSupport {

    static final Path ONTOLOGY_DIR = Path.of("ontology");
    static final Path ONTOLOGY = ONTOLOGY_DIR.resolve("sikg.ttl");
    static final Path CATALOG = ONTOLOGY_DIR.resolve(Catalog.FILE_NAME);
    static final Path SAMPLE = Path.of("src/test/resources/ontology/article-sample.ttl");
    static final String ONTOLOGY_IRI = "https://w3id.org/sikg/ontology";

    private static Loaded loadedSample;
    private static OWLReasoner hermit;

    /** A manager plus what was loaded into it and which imports could not be resolved. */
    record Loaded(OWLOntologyManager manager, OWLOntology ontology, List<String> missingImports) {
    }

    private OwlApiSupport() {
    }

    /** A fresh manager that resolves imports through {@code catalogFile} only. */
    static OWLOntologyManager newManager(Path catalogFile, List<String> missingImports) {
        OWLOntologyManager manager = OWLManager.createOWLOntologyManager();
        Catalog catalog = Catalog.read(catalogFile);
        OWLOntologyIRIMapper offline = iri -> catalog.resolve(iri.toString()).map(p -> IRI.create(p.toFile()))
                .orElseGet(() -> IRI.create(new File("target/unresolved-import-" + Math.abs(iri.hashCode()))));
        manager.getIRIMappers().clear();
        manager.getIRIMappers().add(offline);
        manager.setOntologyLoaderConfiguration(new OWLOntologyLoaderConfiguration()
                .setMissingImportHandlingStrategy(MissingImportHandlingStrategy.SILENT));
        manager.addMissingImportListener(e -> missingImports.add(e.getImportedOntologyURI().toString()));
        return manager;
    }

    /**
     * Loads one file (and its imports) into a fresh manager, through the catalog next to the file as Protégé does, or
     * through the ontology's catalog if the file has none.
     */
    static Loaded load(Path file) throws OWLOntologyCreationException {
        List<String> missing = Collections.synchronizedList(new ArrayList<>());
        Path own = file.toAbsolutePath().resolveSibling(Catalog.FILE_NAME);
        OWLOntologyManager manager = newManager(Files.isRegularFile(own) ? own : CATALOG, missing);
        OWLOntology ontology = manager.loadOntologyFromOntologyDocument(file.toFile());
        return new Loaded(manager, ontology, missing);
    }

    /** The ontology plus the article sample (which imports it), loaded once per test JVM. */
    static synchronized Loaded sample() throws OWLOntologyCreationException {
        if (loadedSample == null) {
            loadedSample = load(SAMPLE);
        }
        return loadedSample;
    }

    /** HermiT over ontology + sample, created and classified once per test JVM (it takes seconds). */
    static synchronized OWLReasoner hermitOverSample() throws OWLOntologyCreationException {
        if (hermit == null) {
            hermit = new ReasonerFactory().createReasoner(sample().ontology());
            hermit.precomputeInferences(InferenceType.CLASS_HIERARCHY, InferenceType.CLASS_ASSERTIONS);
        }
        return hermit;
    }
}
