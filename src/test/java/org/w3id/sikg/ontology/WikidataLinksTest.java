package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Entities link to Wikidata exactly where the project's list of checked identifiers says VERIFIED
 * ({@code ../shared/links/wikidata-qids.tsv}, outside the repository; skipped, saying so, when it is absent): every
 * verified item (Q…; the list's P… rows are properties, not entities) is the link of a row of data/entities.csv, and
 * the entities the list leaves UNVERIFIED (found by their label or, for "Name (ABBR)", abbreviation) stay unlinked
 * rather than guessed.
 */
class WikidataLinksTest {

    private static final Path LIST = Path.of("..", "shared", "links", "wikidata-qids.tsv");
    /** "Name" or "Name (ABBR)". */
    private static final Pattern NAME = Pattern.compile("(.*?)(?: \\(([^)]*)\\))?");

    @Test
    void theDataLinksExactlyTheVerifiedItems() throws IOException {
        assumeTrue(Files.isRegularFile(LIST), "the list of checked Wikidata ids is not at " + LIST);
        Set<String> verified = new TreeSet<>();
        Set<String> unverifiedNames = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(LIST, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (r.get("status").equals("VERIFIED") && r.get("qid").startsWith("Q")) {
                    verified.add(r.get("qid"));
                } else if (r.get("status").equals("UNVERIFIED")) {
                    Matcher m = NAME.matcher(r.get("entity"));
                    assertThat(m.matches()).isTrue();
                    unverifiedNames.add(m.group(1));
                    if (m.group(2) != null) {
                        unverifiedNames.add(m.group(2));
                    }
                }
            }
        }
        Set<String> linked = new TreeSet<>();
        Set<String> unverifiedFound = new TreeSet<>();
        try (Reader in = Files.newBufferedReader(Path.of("data", "entities.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String qid = r.get("wikidata");
                if (!qid.isBlank()) {
                    assertThat(linked.add(qid)).as("one row per item: " + qid).isTrue();
                }
                List<String> names = new ArrayList<>(List.of(r.get("alt_labels").split("\\|")));
                names.add(r.get("label"));
                if (names.stream().anyMatch(unverifiedNames::contains)) {
                    unverifiedFound.add(r.get("id"));
                    assertThat(qid).as(r.get("id") + " is UNVERIFIED and stays unlinked").isBlank();
                }
            }
        }
        assertThat(verified).as("verified items").hasSizeGreaterThan(20);
        assertThat(linked).as("linked items").containsExactlyInAnyOrderElementsOf(verified);
        assertThat(unverifiedFound).as("unverified entities found in the data").contains("joseph-nye", "aiib");
    }
}
