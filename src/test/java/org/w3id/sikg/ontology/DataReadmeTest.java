package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * data/README.md states how many rows each table has and how many facts each section of the article contributes;
 * the figures are recounted here from the CSV files, so the README cannot drift from the data.
 */
class DataReadmeTest {

    private static final Path DATA = Path.of("data");
    private static final Set<String> NOT_COUNTED = Set.of("sections", "sources");
    private static final Set<String> ENTITY_TABLES = Set.of("entities", "concepts");

    @Test
    void tableRowCountsInTheReadmeMatchTheCsvFiles() throws IOException {
        Map<String, Integer> counted = new TreeMap<>();
        for (String table : tables()) {
            counted.put(table, records(table).size());
        }
        Map<String, Integer> stated = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)\\.csv` \\| (\\d+) \\|$").matcher(readme());
        while (m.find()) {
            stated.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        assertThat(stated).as("rows per table in the README's count table").isEqualTo(counted);
        assertThat(readme()).contains("| total | " + counted.values().stream().mapToInt(Integer::intValue).sum() + " |");
    }

    @Test
    void perSectionFactCountsInTheReadmeMatchTheCsvFiles() throws IOException {
        Map<String, int[]> counted = new LinkedHashMap<>();
        int facts = 0;
        int entities = 0;
        for (String table : tables()) {
            if (NOT_COUNTED.contains(table)) {
                continue;
            }
            boolean entity = ENTITY_TABLES.contains(table);
            for (CSVRecord r : records(table)) {
                for (String locator : r.get("section").split("\\|")) {
                    int[] pair = counted.computeIfAbsent(locator, k -> new int[2]);
                    pair[entity ? 1 : 0]++;
                    if (entity) {
                        entities++;
                    } else {
                        facts++;
                    }
                }
            }
        }
        Map<String, String> stated = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\| (§[0-9.]+|fn[0-9]+|external) \\| (\\d+) \\| (\\d+) \\|$").matcher(readme());
        while (m.find()) {
            stated.put(m.group(1), m.group(2) + "/" + m.group(3));
        }
        Map<String, String> expected = counted.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue()[0] + "/" + e.getValue()[1], (a, b) -> a, TreeMap::new));
        assertThat(stated).as("fact rows / entity rows per section in the README").isEqualTo(expected);
        assertThat(readme()).contains("| total (row-section pairs) | " + facts + " | " + entities + " |");
    }

    private static String readme() throws IOException {
        return Files.readString(DATA.resolve("README.md"));
    }

    private static Set<String> tables() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<CSVRecord> records(String table) throws IOException {
        try (Reader in = Files.newBufferedReader(DATA.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }
}
