package org.w3id.sikg.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Runs quality checks written as SPARQL SELECT queries, one per {@code *-violation.rq} file (ODK/ROBOT convention):
 * every row a check returns is a violation. Each check projects {@code ?term} (the offending term) and may project
 * {@code ?detail}; its header comment says what it checks, why it matters ({@code # Why:}) and how to fix a
 * violation ({@code # Fix:}, used as the hint).
 *
 * <p>Usage: {@code ViolationChecks.fromDirectory(Path.of("queries/checks")).run(OntologyClosure.load(ontology))}.
 */
public final class ViolationChecks {

    private static final Logger LOG = LoggerFactory.getLogger(ViolationChecks.class);
    private static final String SUFFIX = "-violation.rq";

    /**
     * One check.
     *
     * @param name the file name without {@code -violation.rq}, e.g. {@code missing-label}
     * @param file where the check was read from
     * @param query the parsed SELECT query
     * @param fix the {@code # Fix:} line of the header, the hint of each problem it reports
     */
    public record Check(String name, Path file, Query query, String fix) {
    }

    private final List<Check> checks;

    private ViolationChecks(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    /** Reads every {@code *-violation.rq} file of {@code dir}, in name order; all invalid files are reported together. */
    public static ViolationChecks fromDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, dir.toString(), 0, e.getMessage()));
        }
        List<Check> checks = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                checks.add(read(file));
            } catch (SikgException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        return new ViolationChecks(checks);
    }

    /** Reads and parses one check file ({@code CHECK-002} if it is not a SELECT query projecting {@code ?term}). */
    public static Check read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, file.toString(), 0, e.getMessage()));
        }
        String name = file.getFileName().toString().replace(SUFFIX, "");
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new SikgException(new Problem(ErrorCode.CHECK_QUERY_INVALID, file.toString(), e.getLine(),
                    e.getColumn(), "check '" + name + "' is not valid SPARQL: " + e.getMessage(), null), e);
        }
        if (!query.isSelectType() || !query.getResultVars().contains("term")) {
            throw new SikgException(Problem.of(ErrorCode.CHECK_QUERY_INVALID, file.toString(), 0,
                    "check '" + name + "' must be a SELECT query projecting ?term"));
        }
        return new Check(name, file, query, headerLine(text, "# Fix:"));
    }

    public List<Check> checks() {
        return checks;
    }

    /** Runs every check over {@code model} and returns all violations, check by check. */
    public List<Problem> run(Model model) {
        List<Problem> problems = new ArrayList<>();
        for (Check check : checks) {
            problems.addAll(run(check, model));
        }
        LOG.info("{} quality checks, {} violations", checks.size(), problems.size());
        return problems;
    }

    /** Runs one check over {@code model}; one problem per row, naming the offending term. */
    public static List<Problem> run(Check check, Model model) {
        List<Problem> problems = new ArrayList<>();
        try (QueryExecution exec = QueryExecution.model(model).query(check.query()).build()) {
            ResultSet rows = exec.execSelect();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                String term = shortForm(row.get("term"), model);
                RDFNode detail = row.get("detail");
                String message = "[" + check.name() + "] " + term
                        + (detail == null ? "" : ": " + (detail.isLiteral() ? detail.asLiteral().getLexicalForm()
                                : shortForm(detail, model)));
                problems.add(new Problem(ErrorCode.CHECK_VIOLATION, check.file().toString(), 0, 0, message,
                        check.fix()));
            }
        }
        return problems;
    }

    private static String shortForm(RDFNode node, PrefixMapping prefixes) {
        if (node == null) {
            return "(no term)";
        }
        return node.isURIResource() ? prefixes.shortForm(node.asResource().getURI()) : node.toString();
    }

    private static String headerLine(String text, String marker) {
        return text.lines().filter(l -> l.startsWith(marker)).map(l -> l.substring(marker.length()).trim())
                .findFirst().orElse(null);
    }
}
