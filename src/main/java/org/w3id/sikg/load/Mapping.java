package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVars;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpProject;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.algebra.op.OpQuadPattern;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.op.OpTable;
import org.apache.jena.sparql.algebra.op.OpTriple;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Substitute;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterRoot;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.modify.TemplateLib;
import org.apache.jena.sparql.util.Context;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.vocab.SIKG;

/**
 * A SPARQL CONSTRUCT mapping, parsed once and run once per binding of its input variables. The WHERE pattern is
 * evaluated against an empty dataset (a row's triples depend on that row alone); it may compute terms with BIND or
 * VALUES. Relative IRIs resolve against {@code sikgid:} ({@link SIKG#ID_NS}). A blank node of the template stands for
 * one node per row, given a stable skolem IRI so that reloading yields the same quads.
 */
final class Mapping {

    private static final DatasetGraph EMPTY = DatasetGraphFactory.empty();

    private final Op where;
    /** Whether {@link #where} only computes (BIND, VALUES, FILTER...), so it can be run without ARQ's optimizer. */
    private final boolean computesOnly;
    /** ARQ's context for running {@link #where} (with the current time of the load), made on first use. */
    private Context context;
    private final List<Triple> template;
    private final List<Node> blankNodes;
    private final Set<String> inputs;

    private Mapping(Op where, List<Triple> template, Set<String> inputs) {
        this.where = where;
        this.computesOnly = computesOnly(where);
        this.template = template;
        this.inputs = inputs;
        Set<Node> blanks = new LinkedHashSet<>();
        for (Triple t : template) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (n.isBlank()) {
                    blanks.add(n);
                }
            }
        }
        this.blankNodes = List.copyOf(blanks);
    }

    /** Parses a mapping; reports DATA-008 and returns null when it is not a usable CONSTRUCT over {@code allowed}. */
    static Mapping parse(String text, String display, Collection<String> allowed, Problems problems) {
        Query query;
        try {
            query = QueryFactory.create(text, SIKG.ID_NS, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            problems.error(ErrorCode.DATA_MAPPING, display, Math.max(e.getLine(), 0), Math.max(e.getColumn(), 0),
                    "SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""), null);
            return null;
        }
        if (!query.isConstructType() || query.getConstructTemplate().containsRealQuad()) {
            problems.error(ErrorCode.DATA_MAPPING, display, 0, 0,
                    "a mapping must be a CONSTRUCT query with a plain triple template (no GRAPH)", null);
            return null;
        }
        Op where = Algebra.compile(query);
        List<Triple> template = query.getConstructTemplate().getTriples();
        Set<String> inputs = inputs(where, template);
        Set<String> unknown = new TreeSet<>(inputs);
        unknown.removeAll(allowed);
        for (String v : unknown) {
            problems.error(ErrorCode.DATA_MAPPING, display, lineOf(text, v), 0, "variable ?" + v
                    + " is neither a column of the table nor a helper variable, so it is never bound",
                    Suggestions.closest(v, allowed).map(s -> "did you mean ?" + s + "?").orElse(
                            "columns and helpers are listed in docs/loading.md#binding-rules"));
        }
        return unknown.isEmpty() ? new Mapping(where, template, inputs) : null;
    }

    /** The variables the mapping reads from a row (used in the template or an expression, not assigned by it). */
    Set<String> inputs() {
        return inputs;
    }

    /**
     * The triples for one row: one evaluation per binding (several when multi-valued cells give several values).
     * Triples whose template mentions an unbound variable are left out.
     *
     * @param skolemBase prefix of the IRIs that replace the template's blank nodes for this row
     */
    List<Triple> run(List<Binding> bindings, String skolemBase) {
        Map<Node, Node> blanks = new LinkedHashMap<>();
        for (int i = 0; i < blankNodes.size(); i++) {
            blanks.put(blankNodes.get(i), org.apache.jena.graph.NodeFactory.createURI(skolemBase + (i + 1)));
        }
        List<Triple> out = new ArrayList<>();
        for (Binding b : bindings) {
            for (Binding solution : solutions(b)) {
                for (Triple t : template) {
                    Triple r = TemplateLib.subst(t, solution, blanks);
                    if (r.isConcrete()) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private List<Binding> solutions(Binding b) {
        if (where instanceof OpTable table && table.isJoinIdentity()) {
            return List.of(b);
        }
        List<Binding> solutions = new ArrayList<>();
        QueryIterator it = computesOnly ? evaluate(Substitute.substitute(where, b))
                : Algebra.exec(Substitute.substitute(where, b), EMPTY);
        try {
            while (it.hasNext()) {
                solutions.add(BindingFactory.builder(b).addAll(it.next()).build());
            }
        } finally {
            it.close();
        }
        return solutions;
    }

    /**
     * Runs a pattern that only computes, as ARQ would but without its optimizer, which rewrites the pattern on every
     * run and was most of the cost of mapping a row (its rewrites cannot change what such a pattern yields).
     */
    private QueryIterator evaluate(Op op) {
        if (context == null) {
            context = Context.setupContextForDataset(ARQ.getContext(), EMPTY);
            Context.setCurrentDateTime(context);
        }
        ExecutionContext execCxt = ExecutionContext.create(EMPTY, context);
        return QC.execute(op, QueryIterRoot.create(execCxt), execCxt);
    }

    /**
     * Whether {@code where} is made only of operators that compute bindings without reading data (BIND, VALUES,
     * FILTER, joins and unions of them) and has no EXISTS; patterns, paths, property functions and sub-queries are
     * left to ARQ's full engine.
     */
    static boolean computesOnly(Op where) {
        boolean[] ok = {true};
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpBGP op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpTriple op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpQuadPattern op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpPath op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpProject op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpService op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpGraph op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpPropFunc op) {
                ok[0] = false;
            }

            @Override
            public void visit(OpProcedure op) {
                ok[0] = false;
            }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp func) {
                ok[0] = false;
            }
        };
        Walker.walk(where, ops, exprs);
        return ok[0];
    }

    private static Set<String> inputs(Op where, List<Triple> template) {
        Set<Var> vars = new HashSet<>(OpVars.mentionedVars(where));
        for (Triple t : template) {
            for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
                if (Var.isVar(n)) {
                    vars.add(Var.alloc(n));
                }
            }
        }
        vars.removeAll(OpVars.visibleVars(where));
        Set<String> names = new TreeSet<>();
        vars.forEach(v -> names.add(v.getVarName()));
        return names;
    }

    private static long lineOf(String text, String var) {
        Matcher m = Pattern.compile("[?$]" + Pattern.quote(var) + "\\b").matcher(text);
        return m.find() ? text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1 : 0;
    }
}
