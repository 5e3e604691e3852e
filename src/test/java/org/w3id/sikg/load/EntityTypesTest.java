package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.SIKG;

/**
 * The {@code type} column of the project's {@code data/entities.csv} accepts exactly the class names that
 * {@code data/mapping/entities.rq} maps, each a class of the ontology: a typo'd class name is refused as DATA-002 at
 * its cell instead of being silently mapped to no class.
 */
class EntityTypesTest {

    private static final Path DATA = Path.of("data");
    /** The three types the mapping maps outside the sikg: namespace (skos:Concept, org:Role, org:Post). */
    private static final List<String> OTHER_VOCABULARIES = List.of("Concept", "Role", "Post");

    private static ColumnSpec typeColumn() {
        Problems problems = new Problems();
        TableSchema schema = CsvwParser.parse("entities", DATA.resolve("entities.csv-metadata.json"),
                "data/entities.csv-metadata.json", problems);
        assertThat(problems.errors()).isEmpty();
        return schema.column("type").orElseThrow();
    }

    /** The alternatives of the column's CSVW format, read from the metadata file itself. */
    private static List<String> allowed() throws IOException {
        JsonObject metadata = JSON.parse(Files.readString(DATA.resolve("entities.csv-metadata.json")));
        for (JsonValue column : metadata.getObj("tableSchema").getArray("columns").toList()) {
            if (column.getAsObject().getString("name").equals("type")) {
                return Arrays.asList(column.getAsObject().getObj("datatype").getString("format").split("\\|"));
            }
        }
        throw new AssertionError("entities.csv-metadata.json has no type column");
    }

    @Test
    void aTypoInAClassNameIsRefusedAndEveryTypeInUseIsAccepted() throws IOException {
        ColumnSpec type = typeColumn();
        assertThat(type.type().check("Stat")).contains("does not match the column's format");
        assertThat(type.type().check("state")).contains("does not match the column's format");
        assertThat(type.type().check("State|Person")).as("one class per value").isNotNull();
        Problems problems = new Problems();
        CsvData entities = CsvReader.read("entities", DATA.resolve("entities.csv"), "data/entities.csv", problems);
        assertThat(problems.errors()).isEmpty();
        List<String> inUse = entities.rows().stream().flatMap(r -> Arrays.stream(r.cell("type").text().split("\\|")))
                .distinct().toList();
        assertThat(inUse).contains("State", "Person", "Post");
        assertThat(inUse).allSatisfy(t -> assertThat(type.type().check(t)).as("type " + t).isNull());
    }

    @Test
    void theAllowedTypesAreTheMappingsClassesAndTheOntologyDeclaresThem() throws IOException {
        List<String> allowed = allowed();
        String mapping = Files.readString(DATA.resolve("mapping/entities.rq"));
        Matcher in = Pattern.compile("\\?type IN \\(([^)]*)\\)").matcher(mapping);
        assertThat(in.find()).as("entities.rq maps ?type IN (...)").isTrue();
        List<String> mapped = new ArrayList<>();
        Matcher name = Pattern.compile("\"([A-Za-z]+)\"").matcher(in.group(1));
        while (name.find()) {
            mapped.add(name.group(1));
        }
        for (String other : OTHER_VOCABULARIES) {
            assertThat(mapping).as("entities.rq maps " + other).contains("\"" + other + "\"");
            mapped.add(other);
        }
        assertThat(allowed).containsExactlyInAnyOrderElementsOf(mapped);

        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "sikg.ttl").toString());
        for (String cls : allowed) {
            if (!OTHER_VOCABULARIES.contains(cls)) {
                assertThat(ontology.contains(ontology.createResource(SIKG.NS + cls), RDF.type, OWL2.Class))
                        .as("sikg:" + cls + " is an owl:Class of ontology/sikg.ttl").isTrue();
            }
        }
    }
}
