package org.w3id.sikg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

/** Reading the ontology with its imports through the catalog, and the problems that stops it. */
class OntologyClosureTest {

    @Test
    void loadsTheOntologyAndEveryModule() {
        Model closure = OntologyClosure.load(Path.of("ontology/sikg.ttl"));
        assertThat(closure.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList()).hasSize(6);
        assertThat(closure.contains(closure.getResource("http://www.w3.org/ns/org#Membership"), RDF.type, OWL2.Class))
                .isTrue();
    }

    @Test
    void catalogPathsResolveRelativeToTheCatalog() {
        Catalog catalog = Catalog.read(Path.of("ontology/catalog-v001.xml"));
        assertThat(catalog.resolve("https://w3id.org/sikg/ontology/imports/org"))
                .hasValue(Path.of("ontology/imports/org.ttl").toAbsolutePath().normalize());
        assertThat(catalog.resolve("https://example.org/unknown")).isEmpty();
    }

    @Test
    void unresolvedImportsAndSyntaxErrorsAreReportedTogether(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("catalog-v001.xml"), """
                <catalog xmlns="urn:oasis:names:tc:entity:xmlns:xml:catalog">
                  <uri name="https://w3id.org/sikg/test/part" uri="part.ttl"/>
                </catalog>
                """);
        Files.writeString(dir.resolve("main.ttl"), """
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                <https://w3id.org/sikg/test/main> a owl:Ontology ;
                    owl:imports <https://w3id.org/sikg/test/part> , <https://w3id.org/sikg/test/missing> .
                """);
        Files.writeString(dir.resolve("part.ttl"), "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n<a> a .\n");
        assertThatThrownBy(() -> OntologyClosure.load(dir.resolve("main.ttl")))
                .isInstanceOfSatisfying(SikgException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo(ErrorCode.ONTO_IMPORT_UNRESOLVED);
                        assertThat(p.message()).contains("https://w3id.org/sikg/test/missing");
                    });
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo(ErrorCode.ONTO_SYNTAX);
                        assertThat(p.source()).endsWith("part.ttl");
                        assertThat(p.line()).isEqualTo(2);
                    });
                });
    }

    @Test
    void aCatalogWithADoctypeIsRefused(@TempDir Path dir) throws IOException {
        Path catalog = dir.resolve("catalog-v001.xml");
        Files.writeString(catalog, "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">&x;</catalog>\n");
        assertThatThrownBy(() -> Catalog.read(catalog)).isInstanceOfSatisfying(SikgException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.ONTO_SYNTAX));
    }
}
