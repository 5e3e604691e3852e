package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.owlapi.io.OWLParserException;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.w3id.sikg.validate.Catalog;
import org.w3id.sikg.vocab.SIKG;

/**
 * The ontology loads in the OWL API (the library inside Protégé) through its catalog: every import resolved locally,
 * every triple understood, and the header carries the metadata a published ontology needs.
 */
class OntologyLoadTest {

    @Test
    void loadsThroughTheCatalogWithEveryImportResolvedAndEveryTripleParsed() throws Exception {
        OwlApiSupport.Loaded loaded = OwlApiSupport.load(OwlApiSupport.ONTOLOGY);

        assertThat(loaded.missingImports()).as("imports the catalog does not resolve").isEmpty();
        Set<String> closure = loaded.ontology().importsClosure()
                .map(o -> o.getOntologyID().getOntologyIRI().get().toString()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(Catalog.read(OwlApiSupport.CATALOG).entries().keySet());
        expected.add(OwlApiSupport.ONTOLOGY_IRI);
        assertThat(closure).as("the imports closure is sikg.ttl plus every module of the catalog").isEqualTo(expected);

        List<String> issues = new ArrayList<>();
        for (OWLOntology o : loaded.ontology().importsClosure().toList()) {
            OWLDocumentFormat format = loaded.manager().getOntologyFormat(o);
            String name = o.getOntologyID().getOntologyIRI().get().toString();
            if (!format.getKey().contains("Turtle")) {
                issues.add(name + ": read as " + format.getKey() + ", not as Turtle");
            }
            format.getOntologyLoaderMetaData().ifPresentOrElse(meta -> {
                meta.getUnparsedTriples().forEach(t -> issues.add(name + ": unparsed triple " + t));
                meta.getGuessedDeclarations().asMap().keySet().forEach(k -> issues.add(name + ": guessed declaration of " + k));
            }, () -> issues.add(name + ": no loader metadata"));
        }
        assertThat(issues).as("triples the OWL API could not map to axioms, declarations it had to guess").isEmpty();
        assertThat(loaded.ontology().getAxiomCount()).isGreaterThan(1000);
    }

    @Test
    void theArticleSampleOpensWithItsOwnCatalogLikeInProtege() throws Exception {
        OwlApiSupport.Loaded loaded = OwlApiSupport.load(OwlApiSupport.SAMPLE);
        assertThat(loaded.missingImports()).isEmpty();
        assertThat(loaded.ontology().importsClosure().count()).isEqualTo(7);
        assertThat(loaded.ontology().getIndividualsInSignature()).hasSizeGreaterThan(100);
    }

    @Test
    void anImportTheCatalogDoesNotMapIsReportedAndNeverFetched(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("importer.ttl");
        Files.writeString(file, """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <https://w3id.org/sikg/test/importer> a owl:Ontology ;
                    owl:imports <https://w3id.org/sikg/ontology/imports/not-in-the-catalog> .
                """);
        OwlApiSupport.Loaded loaded = OwlApiSupport.load(file);
        assertThat(loaded.missingImports()).containsExactly("https://w3id.org/sikg/ontology/imports/not-in-the-catalog");
    }

    /**
     * The OWL API runs Rio in a lenient mode (it reads {@code <x> a .} as a typed empty literal), so syntax is guarded
     * by the strict {@link ParserAgreementTest}; here, input no parser can read must fail the load.
     */
    @Test
    void unparsableInputFailsTheLoad(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.ttl");
        Files.writeString(file, "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<x> a owl:Class ; <y> \"unterminated .\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> OwlApiSupport.load(file))
                .isInstanceOfAny(OWLOntologyCreationException.class, OWLParserException.class);
    }

    @Test
    void catalogPathsAreRelativeExistAndCoverEveryModule() throws IOException {
        String xml = Files.readString(OwlApiSupport.CATALOG);
        List<String> uris = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("uri=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            uris.add(m.group(1));
        }
        assertThat(uris).isNotEmpty().allSatisfy(u -> {
            assertThat(u).as("Protégé needs paths relative to the catalog").doesNotContain(":").doesNotStartWith("/");
            assertThat(OwlApiSupport.ONTOLOGY_DIR.resolve(u)).isRegularFile();
        });
        Set<String> modules;
        try (Stream<Path> files = Files.list(OwlApiSupport.ONTOLOGY_DIR.resolve("imports"))) {
            modules = files.filter(p -> p.toString().endsWith(".ttl"))
                    .map(p -> "imports/" + p.getFileName()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(new TreeSet<>(uris)).as("every module file has a catalog entry, and only those").isEqualTo(modules);

        Model ontology = RDFDataMgr.loadModel(OwlApiSupport.ONTOLOGY.toString());
        Set<String> imported = ontology.listObjectsOfProperty(OWL2.imports).mapWith(n -> n.asResource().getURI())
                .toSet();
        assertThat(imported).as("sikg.ttl imports every catalogued module")
                .isEqualTo(Catalog.read(OwlApiSupport.CATALOG).entries().keySet());
    }

    @Test
    void headerHasThePublicationMetadata() {
        Model model = RDFDataMgr.loadModel(OwlApiSupport.ONTOLOGY.toString());
        Resource header = model.getResource(SIKG.ONTOLOGY_IRI);
        for (org.apache.jena.rdf.model.Property p : List.of(DCTerms.title, DCTerms.description, DCTerms.license,
                DCTerms.creator, DCTerms.created, DCTerms.modified, OWL2.versionIRI, OWL2.versionInfo)) {
            assertThat(header.hasProperty(p)).as("ontology header has " + p.getLocalName()).isTrue();
        }
        assertThat(header.getPropertyResourceValue(DCTerms.license).getURI())
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(header.getPropertyResourceValue(OWL2.versionIRI).getURI()).startsWith(SIKG.ONTOLOGY_IRI + "/")
                .endsWith(header.getProperty(OWL2.versionInfo).getString());
        String vann = "http://purl.org/vocab/vann/";
        assertThat(header.getProperty(model.createProperty(vann + "preferredNamespacePrefix")).getString())
                .isEqualTo(SIKG.PREFIX);
        assertThat(header.getProperty(model.createProperty(vann + "preferredNamespaceUri")).getString())
                .isEqualTo(SIKG.NS);
    }
}
