package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * The LUBM inputs, read from one directory laid out as {@code ../shared/external/lubm}: {@code univ-bench.ttl},
 * {@code data/lubm1-University0.nt.gz} (or {@code .nt}), {@code queries/q1.rq} … {@code q14.rq} and
 * {@code answers/expected_counts.tsv}. All missing or unreadable files are reported together.
 *
 * @param dir the directory read
 * @param ontology the univ-bench ontology (namespace of the data and queries)
 * @param university0 the LUBM(1,0) data
 * @param queries the 14 queries with their reference counts, in order q1 … q14
 */
public record LubmInput(Path dir, Graph ontology, Graph university0, List<LubmQuery> queries) {

    public static final String ONTOLOGY = "univ-bench.ttl";
    public static final String DATA = "data/lubm1-University0.nt.gz";
    /** Uncompressed alternative to {@link #DATA} (used by small test fixtures). */
    public static final String DATA_PLAIN = "data/lubm1-University0.nt";
    public static final String COUNTS = "answers/expected_counts.tsv";
    public static final int QUERY_COUNT = 14;

    /** Reads and checks every input file under {@code dir}. */
    public static LubmInput read(Path dir) {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new SikgException(Problem.of(ErrorCode.CLI_FILE_NOT_FOUND, dir.toString(), 0,
                    "LUBM directory " + dir + " does not exist"));
        }
        Graph ontology = parse(dir.resolve(ONTOLOGY), problems);
        Path dataFile = Files.isRegularFile(dir.resolve(DATA_PLAIN)) ? dir.resolve(DATA_PLAIN) : dir.resolve(DATA);
        Graph data = parse(dataFile, problems);
        Map<String, Long> counts = counts(dir.resolve(COUNTS), problems);
        List<LubmQuery> queries = new ArrayList<>();
        for (int i = 1; i <= QUERY_COUNT; i++) {
            String id = "q" + i;
            Query q = query(dir.resolve("queries/" + id + ".rq"), problems);
            Long ref = counts.get(id);
            if (ref == null && !counts.isEmpty()) {
                problems.add(problem(dir.resolve(COUNTS), "no reference count for " + id));
            }
            if (q != null && ref != null) {
                queries.add(new LubmQuery(id, q, ref, ExpectedCounts.classify(q)));
            }
        }
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        return new LubmInput(dir, ontology, data, List.copyOf(queries));
    }

    private static Graph parse(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(problem(file, "missing LUBM input file " + file));
            return null;
        }
        try {
            return RDFDataMgr.loadGraph(file.toString());
        } catch (RiotException e) {
            problems.add(problem(file, "cannot parse " + file + ": " + e.getMessage()));
            return null;
        }
    }

    private static Query query(Path file, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(problem(file, "missing LUBM query " + file));
            return null;
        }
        try {
            return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | QueryParseException e) {
            problems.add(problem(file, "cannot read query " + file + ": " + e.getMessage()));
            return null;
        }
    }

    /** Reads {@code query<TAB>count<TAB>header} lines after a header line. */
    static Map<String, Long> counts(Path file, List<Problem> problems) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            problems.add(problem(file, "missing reference counts " + file));
            return counts;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] cells = lines.get(i).split("\t");
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    counts.put(cells[0].trim(), Long.parseLong(cells[1].trim()));
                } catch (RuntimeException e) {
                    problems.add(new Problem(ErrorCode.BENCH_INPUT, file.toString(), i + 1, 0,
                            "expected 'query<TAB>count', got '" + lines.get(i) + "'", null));
                }
            }
        } catch (IOException e) {
            problems.add(problem(file, "cannot read " + file + ": " + e.getMessage()));
        }
        return counts;
    }

    private static Problem problem(Path file, String message) {
        return Problem.of(ErrorCode.BENCH_INPUT, file.toString(), 0, message);
    }

    /** Number of triples of the University0 data. */
    public long university0Size() {
        return university0.size();
    }
}
