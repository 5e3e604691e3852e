package org.w3id.sikg.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.load.Problems;
import org.w3id.sikg.vocab.SIKG;

/**
 * Which SIKG state a COW country code (ccode, also ATOP's) stands for, so that the same state is the same resource in
 * the article and in every dataset. The article's states carry their code in a small crosswalk bundled with SIKG
 * ({@code article-states.csv}: sikg id, COW code, ISO 3166-1 alpha-3), derived for those states from the COW state
 * list and the countrycode crosswalk: COW 740 is {@code sikgid:japan}. Every other code becomes
 * {@code sikgid:cow-state-<code>}, named from the COW state list when given ({@code --states states2016.csv}), else
 * from the dataset's own name column, else generically; its ISO code comes from the countrycode codelist when given.
 */
final class StateCodes {

    static final Set<String> STATE_LIST_COLUMNS = Set.of("ccode", "statenme");
    static final Set<String> ISO_COLUMNS = Set.of("cown", "iso3c");
    private static final String ARTICLE_STATES = "article-states.csv";

    private final Map<Integer, String> articleIds = new HashMap<>();
    private final Map<Integer, String> iso = new HashMap<>();
    private final Map<Integer, String> listed = new HashMap<>();
    private final Map<Integer, String> namedInRows = new HashMap<>();
    private final Map<Integer, CsvRow> firstSeen = new TreeMap<>();
    private boolean haveStateList;

    StateCodes() {
        for (CSVRecord r : bundled(ARTICLE_STATES)) {
            int code = Integer.parseInt(r.get("cow_code"));
            articleIds.put(code, r.get("sikg_id"));
            if (!r.get("iso3").isEmpty()) {
                iso.put(code, r.get("iso3"));
            }
        }
    }

    /** Reads the COW state list ({@code states2016.csv}: ccode, statenme) for the states' names. */
    CsvSource.Summary readStateList(Path file, Problems problems) {
        haveStateList = true;
        return CsvSource.read(file, STATE_LIST_COLUMNS, problems, row -> {
            Integer code = row.identifier("ccode", problems);
            if (code != null && !row.isEmpty("statenme")) {
                listed.putIfAbsent(code, row.text("statenme"));
            }
        });
    }

    /** Reads the countrycode codelist ({@code cown}, {@code iso3c}) for the states' ISO codes. */
    CsvSource.Summary readIsoCodes(Path file, Problems problems) {
        return CsvSource.read(file, ISO_COLUMNS, problems, row -> {
            Integer code = row.integer("cown", problems);
            String alpha3 = row.text("iso3c");
            if (code != null && alpha3.matches("[A-Z]{3}")) {
                iso.putIfAbsent(code, alpha3);
            }
        });
    }

    /** The state a code stands for, noting the row where it was first seen and the dataset's name for it, if any. */
    Node state(int code, CsvRow row, String nameInRow) {
        firstSeen.putIfAbsent(code, row);
        if (nameInRow != null && !nameInRow.isEmpty()) {
            namedInRows.putIfAbsent(code, nameInRow);
        }
        return iri(code);
    }

    /** The name used in labels of alliances and memberships. */
    String name(int code) {
        return listed.getOrDefault(code, namedInRows.getOrDefault(code, "state " + code));
    }

    int articleStatesSeen() {
        return (int) firstSeen.keySet().stream().filter(articleIds::containsKey).count();
    }

    int statesSeen() {
        return firstSeen.size();
    }

    /**
     * Adds to {@code graph} what the dataset says about its states: the code (and ISO code) on the article's states,
     * which have their own label; type, label, code and ISO code for the others. Codes missing from a given state list
     * are IMPORT-005 warnings at the row where they first appear.
     */
    void describe(Graph graph, Problems problems) {
        for (Map.Entry<Integer, CsvRow> e : firstSeen.entrySet()) {
            int code = e.getKey();
            Node s = iri(code);
            if (!articleIds.containsKey(code)) {
                graph.add(s, RDF.type.asNode(), SIKG.State.asNode());
                graph.add(s, RDFS.label.asNode(), NodeFactory.createLiteralLang(name(code), "en"));
            }
            graph.add(s, SIKG.cowStateCode.asNode(), NodeFactory.createLiteralDT(String.valueOf(code),
                    XSDDatatype.XSDinteger));
            if (iso.containsKey(code)) {
                graph.add(s, SIKG.isoAlpha3Code.asNode(), NodeFactory.createLiteralString(iso.get(code)));
            }
            if (haveStateList && !listed.containsKey(code)) {
                problems.warning(e.getValue().problem(ErrorCode.IMPORT_UNKNOWN_STATE, "country code " + code
                        + " is not in the COW state list; imported as sikgid:cow-state-" + code + " named '"
                        + name(code) + "'"));
            }
        }
    }

    private Node iri(int code) {
        String article = articleIds.get(code);
        return DatasetInfo.id(article != null ? article : "cow-state-" + code);
    }

    /** Records of a CSV bundled in this package (small files written by SIKG). */
    static Iterable<CSVRecord> bundled(String name) {
        try (InputStream in = StateCodes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
            return CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
