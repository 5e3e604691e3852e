package org.w3id.sikg.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Constraint;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.sparql.path.PathFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SHACL-SPARQL constraints ({@code sh:sparql}) of node shapes run once over the whole data graph instead of once per
 * focus node. Jena SHACL runs such a constraint's SELECT once for every focus node, with {@code $this} pre-bound:
 * each run parses nothing but plans, optimises and sets up a query execution, which made these constraints three
 * quarters of the validation of the article's data (docs/loading.md, "Figures").
 *
 * <p>A constraint is batched only when its query gives, for every focus node, exactly the rows the pre-bound query
 * gives ({@link QueryShape#batchable}): {@code $this} is projected and bound by a triple pattern of the top-level
 * group, and the query has nothing whose meaning changes when {@code $this} is bound by a join rather than
 * beforehand (sub-queries, MINUS, GRAPH, SERVICE, VALUES or BIND of {@code $this}, LIMIT, OFFSET, grouping), nor the
 * other pre-bound variables ({@code $currentShape}, {@code $shapesGraph}, {@code $PATH}). Its rows are then grouped by
 * {@code $this}, and each row of a focus node is reported through Jena's own {@link ValidationContext} with the message,
 * value and path Jena's SPARQL validator gives it. Only node shapes that have targets and that no other shape refers
 * to are batched (a shape used through {@code sh:node}, {@code sh:or} ... is also validated for other focus nodes);
 * everything else, including the SHACL Core constraints of the batched shapes, is validated by Jena as before.
 *
 * <pre>{@code
 * SparqlConstraintBatch batch = SparqlConstraintBatch.plan(shapesGraph, Shapes.parse(shapesGraph));
 * Shapes core = Shapes.parse(batch.coreShapesGraph());       // the shapes without the batched sh:sparql
 * List<ReportEntry> entries = batch.validate(data);          // plus Jena's report for core
 * }</pre>
 */
final class SparqlConstraintBatch {

    private static final Logger LOG = LoggerFactory.getLogger(SparqlConstraintBatch.class);
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");

    /** A shape whose SPARQL constraints are all batched. */
    private record Batched(Shape shape, List<SparqlConstraint> constraints) {
    }

    private final Shapes shapes;
    private final Graph shapesGraph;
    private final List<Batched> batched;

    private SparqlConstraintBatch(Shapes shapes, Graph shapesGraph, List<Batched> batched) {
        this.shapes = shapes;
        this.shapesGraph = shapesGraph;
        this.batched = batched;
    }

    /** Chooses the shapes whose SPARQL constraints can be batched; {@code parsed} is {@code shapesGraph} parsed. */
    static SparqlConstraintBatch plan(Graph shapesGraph, Shapes parsed) {
        List<Batched> batched = new ArrayList<>();
        for (Shape shape : parsed.getTargetShapes()) {
            List<SparqlConstraint> sparql = new ArrayList<>();
            boolean all = true;
            for (Constraint c : shape.getConstraints()) {
                if (c instanceof SparqlConstraint s) {
                    sparql.add(s);
                    all &= QueryShape.batchable(s.getQuery()) && templateIsPlain(s.getMessage());
                }
            }
            if (!sparql.isEmpty() && all && shape.isNodeShape() && !shape.deactivated()
                    && !shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())) {
                batched.add(new Batched(shape, List.copyOf(sparql)));
            }
        }
        return new SparqlConstraintBatch(parsed, shapesGraph, List.copyOf(batched));
    }

    /** Whether no constraint is batched (then the shapes are validated by Jena alone). */
    boolean isEmpty() {
        return batched.isEmpty();
    }

    /** How many SPARQL constraints are batched. */
    int size() {
        return batched.stream().mapToInt(b -> b.constraints().size()).sum();
    }

    /** The shapes graph without the {@code sh:sparql} links of the batched shapes: what Jena validates. */
    Graph coreShapesGraph() {
        Graph core = GraphFactory.createGraphMem();
        core.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        shapesGraph.find().forEach(core::add);
        for (Batched b : batched) {
            List<Triple> links = core.find(b.shape().getShapeNode(), SHACL.sparql, Node.ANY).toList();
            links.forEach(core::delete);
        }
        return core;
    }

    /** The results of the batched constraints over {@code data}, as Jena's SPARQL validator reports them. */
    List<ReportEntry> validate(Graph data) {
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        DatasetGraph dataset = DatasetGraphFactory.wrap(data);
        for (Batched b : batched) {
            Collection<Node> focusNodes = VLib.focusNodes(data, b.shape());
            if (focusNodes.isEmpty()) {
                continue;
            }
            Set<Node> focus = new HashSet<>(focusNodes);
            for (SparqlConstraint c : b.constraints()) {
                Map<Node, List<Binding>> rows = rowsByFocusNode(dataset, c.getQuery(), focus);
                for (Node f : focusNodes) {
                    List<Binding> mine = rows.get(f);
                    if (mine == null) {
                        continue;
                    }
                    if (mine.stream().anyMatch(SparqlConstraintBatch::mayInjectPlaceholders)) {
                        c.validateNodeShape(vCxt, data, b.shape(), f);
                    } else {
                        mine.forEach(row -> report(vCxt, b.shape(), c, f, row));
                    }
                }
            }
        }
        return List.copyOf(vCxt.generateReport().getEntries());
    }

    private static Map<Node, List<Binding>> rowsByFocusNode(DatasetGraph dataset, Query query, Set<Node> focus) {
        Map<Node, List<Binding>> rows = new HashMap<>();
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            RowSet rowSet = exec.select();
            while (rowSet.hasNext()) {
                Binding row = rowSet.next();
                Node f = row.get(THIS);
                if (f != null && focus.contains(f)) {
                    rows.computeIfAbsent(f, k -> new ArrayList<>()).add(row);
                }
            }
        }
        return rows;
    }

    /** One result, as Jena's SELECT validator makes it for a node shape (value node = focus node, no path). */
    private static void report(ValidationContext vCxt, Shape shape, SparqlConstraint c, Node focus, Binding row) {
        Node value = row.get(VALUE);
        if (value == null) {
            value = focus;
        }
        String template = c.getMessage();
        String msg = template == null
                ? "SPARQL SELECT constraint for " + ShLib.displayStr(focus) + " returns " + ShLib.displayStr(value)
                : substitute(template, row);
        Node path = row.get(PATH);
        Path rPath = path == null ? null : PathFactory.pathLink(path);
        vCxt.reportEntry(msg, shape, focus, rPath, value, c, shape.getShapeNode());
    }

    /** The message template with each {@code {?var}} or {@code {$var}} of the row's variables filled in. */
    private static String substitute(String template, Binding row) {
        String x = template;
        for (Iterator<Var> it = row.vars(); it.hasNext();) {
            Var v = it.next();
            x = substitute(x, v.getVarName(), row.get(v));
        }
        return x;
    }

    private static String substitute(String x, String name, Node value) {
        try {
            String placeholder = "\\{[?$]" + Matcher.quoteReplacement(name) + "\\}";
            String text = value.isLiteral() ? value.getLiteralLexicalForm() : ShLib.displayStr(value);
            return x.replaceAll(placeholder, Matcher.quoteReplacement(text));
        } catch (RuntimeException e) {
            LOG.warn("failed to fill in {} of a SHACL message with {}", name, value);
            return x;
        }
    }

    /**
     * Whether filling the row into a message could depend on the order of its variables (a value with a brace could
     * become a placeholder); such focus nodes are left to Jena's own validator, which then decides.
     */
    private static boolean mayInjectPlaceholders(Binding row) {
        for (Iterator<Var> it = row.vars(); it.hasNext();) {
            Node n = row.get(it.next());
            String text = n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
            if (text.indexOf('{') >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A message that names none of the variables Jena pre-binds besides {@code $this}. */
    private static boolean templateIsPlain(String template) {
        return template == null || !template.matches("(?s).*\\{[?$](currentShape|shapesGraph|PATH)\\}.*");
    }
}
