package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.sikg.testing.Fixtures;

/**
 * Every row of every table names, in its {@code section} cell, sections that exist in the description of the source
 * document ({@code sections.csv}). Written independently of the loader (plain CSV and JSON reading), so it checks
 * the data rather than the loader's own reference check. Runs on the test fixture and on the repository's
 * {@code data/} when it exists.
 */
class SectionLocatorTest {

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/load/basic/data", "data"})
    void everyRowNamesAnExistingSection(String dir) throws IOException {
        Path data = Path.of(dir);
        assumeTrue(Files.isRegularFile(data.resolve("sections.csv")), "no " + dir + "/sections.csv in this checkout");
        assertThat(unknownLocators(data)).as("rows naming sections that sections.csv does not have").isEmpty();
    }

    @Test
    void aMissingSectionIsFound(@TempDir Path tmp) throws IOException {
        Path data = Fixtures.copy(tmp, null).dataDir();
        Files.writeString(data.resolve("states.csv"), "russia,Russia,,Q159,§9.9\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(unknownLocators(data)).containsExactly("states.csv:6: §9.9");
    }

    /** Each "file:line: locator" whose locator is not a value of the section foreign key's target column. */
    static List<String> unknownLocators(Path data) throws IOException {
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.list(data)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                JsonObject schema = JSON.parse(Files.readString(Path.of(csv + "-metadata.json"))).getObj("tableSchema");
                String target = sectionTarget(schema, csv);
                Set<String> known = column(data.resolve("sections.csv"), target, null);
                String separator = separator(schema);
                for (CSVRecord r : records(csv)) {
                    for (String v : split(r.get("section"), separator)) {
                        if (!known.contains(v)) {
                            unknown.add(csv.getFileName() + ":" + (r.getRecordNumber() + 1) + ": " + v);
                        }
                    }
                }
            }
        }
        return unknown;
    }

    private static String sectionTarget(JsonObject schema, Path csv) {
        for (JsonValue fk : schema.get("foreignKeys").getAsArray()) {
            JsonObject o = fk.getAsObject();
            if ("section".equals(o.getString("columnReference"))) {
                assertThat(o.getObj("reference").getString("resource")).isEqualTo("sections.csv");
                return o.getObj("reference").getString("columnReference");
            }
        }
        throw new AssertionError(csv + ": the section column is not declared a foreign key to sections.csv");
    }

    private static String separator(JsonObject schema) {
        for (JsonValue c : schema.get("columns").getAsArray()) {
            if ("section".equals(c.getAsObject().getString("name"))) {
                return c.getAsObject().hasKey("separator") ? c.getAsObject().getString("separator") : null;
            }
        }
        throw new AssertionError("no section column");
    }

    private static Set<String> column(Path csv, String name, String separator) throws IOException {
        Set<String> values = new HashSet<>();
        for (CSVRecord r : records(csv)) {
            values.addAll(split(r.get(name), separator));
        }
        return values;
    }

    private static List<CSVRecord> records(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(in)) {
            return p.getRecords();
        }
    }

    private static List<String> split(String cell, String separator) {
        List<String> out = new ArrayList<>();
        for (String v : separator == null ? new String[] {cell} : cell.split(java.util.regex.Pattern.quote(separator))) {
            if (!v.isBlank()) {
                out.add(v.trim());
            }
        }
        return out;
    }
}
