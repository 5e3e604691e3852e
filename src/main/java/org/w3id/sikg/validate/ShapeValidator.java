package org.w3id.sikg.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.sparql.core.Prologue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.vocab.Prefixes;

/**
 * Validates a data graph against SHACL shapes with Jena SHACL and reports each result as a {@link Problem} located,
 * through a {@link NodeLocator}, at the input row that produced the focus node: {@code sh:Violation} results as
 * SHACL-001 errors, {@code sh:Warning} and {@code sh:Info} results as SHACL-002 warnings.
 *
 * <pre>{@code
 * ShapeValidator.Result r = ShapeValidator.validate(shapes, data, rowIndex, "ontology/shapes.ttl");
 * }</pre>
 */
public final class ShapeValidator {

    /**
     * The results of one validation.
     *
     * @param violations SHACL-001 problems (block loading)
     * @param warnings SHACL-002 problems (reported only)
     */
    public record Result(List<Problem> violations, List<Problem> warnings) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ShapeValidator.class);
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::source)
            .thenComparingLong(Problem::line).thenComparing(Problem::message);

    private ShapeValidator() {
    }

    public static Result validate(Graph shapes, Graph data, NodeLocator locator, String shapesFile) {
        List<Problem> violations = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        for (ReportEntry e : entries(shapes, data)) {
            boolean blocking = e.severity() == null || Severity.Violation.equals(e.severity());
            Problem p = problem(e, shapeName(shapes, e.source()), locator, shapesFile,
                    blocking ? ErrorCode.SHACL_VIOLATION : ErrorCode.SHACL_WARNING);
            (blocking ? violations : warnings).add(p);
        }
        violations.sort(ORDER);
        warnings.sort(ORDER);
        return new Result(violations, warnings);
    }

    /**
     * Every result of validating {@code data} against {@code shapes}: Jena SHACL's, with the SPARQL constraints that
     * can be run once over the whole graph run so ({@link SparqlConstraintBatch}) instead of once per focus node.
     */
    static List<ReportEntry> entries(Graph shapes, Graph data) {
        Shapes parsed = Shapes.parse(shapes);
        SparqlConstraintBatch batch = SparqlConstraintBatch.plan(shapes, parsed);
        if (batch.isEmpty()) {
            return List.copyOf(ShaclValidator.get().validate(parsed, data).getEntries());
        }
        Shapes core = Shapes.parse(batch.coreShapesGraph());
        List<ReportEntry> entries = new ArrayList<>(ShaclValidator.get().validate(core, data).getEntries());
        entries.addAll(batch.validate(data));
        LOG.debug("SHACL: {} SPARQL constraints run once over the data graph", batch.size());
        return entries;
    }

    /** The shape's name; for a blank property shape, the name of the node shape that has it. */
    private static String shapeName(Graph shapes, Node shape) {
        if (shape != null && shape.isBlank()) {
            List<Node> parents = shapes.find(Node.ANY, SHACL.property, shape).mapWith(t -> t.getSubject()).toList();
            if (parents.size() == 1 && !parents.get(0).isBlank()) {
                return str(parents.get(0));
            }
        }
        return str(shape);
    }

    private static Problem problem(ReportEntry e, String shape, NodeLocator locator, String shapesFile,
            ErrorCode code) {
        Node predicate = e.resultPath() instanceof P_Link link ? link.getNode() : null;
        Optional<NodeLocator.Location> at = locator.locate(e.focusNode(), predicate, e.value());
        StringBuilder message = new StringBuilder(str(e.focusNode()));
        if (e.resultPath() != null) {
            message.append(' ').append(PathWriter.asString(e.resultPath(), new Prologue(Prefixes.prefixMapping())));
        }
        if (e.value() != null) {
            message.append(" value ").append(str(e.value()));
        }
        message.append(": ").append(e.message());
        String hint = "the row must satisfy shape " + shape + " of " + shapesFile;
        return new Problem(code, at.map(NodeLocator.Location::file).orElse(shapesFile),
                at.map(NodeLocator.Location::line).orElse(0L), 0, message.toString(), hint);
    }

    private static String str(Node node) {
        return node == null ? "-" : FmtUtils.stringForNode(node, Prefixes.prefixMapping());
    }
}
