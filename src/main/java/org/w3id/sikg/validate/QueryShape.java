package org.w3id.sikg.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;

import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.ElementUnion;

/**
 * Whether a SHACL-SPARQL SELECT gives, run once with {@code $this} free, for each focus node exactly the rows it gives
 * with {@code $this} pre-bound to that node ({@link SparqlConstraintBatch}). That holds when {@code $this} is projected
 * and occurs in a triple pattern directly in the top-level group (so it is bound in every solution, and pre-binding
 * it only selects the solutions with that value), and the query is built only from groups, triple patterns and
 * paths, OPTIONAL, UNION, FILTER (EXISTS included), BIND and VALUES not assigning {@code $this}, with no LIMIT,
 * OFFSET, grouping, query-level VALUES or dataset clause, and without the other pre-bound variables.
 */
final class QueryShape {

    private static final Var THIS = Var.alloc("this");
    private static final Set<String> PREBOUND = Set.of("currentShape", "shapesGraph", "PATH");

    private final Set<Var> mentioned = new HashSet<>();
    private boolean supported = true;

    private QueryShape() {
    }

    static boolean batchable(Query query) {
        if (!query.isSelectType() || query.hasLimit() || query.hasOffset() || query.hasGroupBy()
                || query.hasAggregators() || query.hasHaving() || query.hasValues() || query.hasDatasetDescription()
                || !query.getResultVars().contains(THIS.getVarName())
                || !(query.getQueryPattern() instanceof ElementGroup top)) {
            return false;
        }
        QueryShape shape = new QueryShape();
        shape.element(top);
        query.getProject().getExprs().values().forEach(shape::expr);
        if (query.hasOrderBy()) {
            query.getOrderBy().forEach(c -> shape.expr(c.getExpression()));
        }
        boolean bound = top.getElements().stream().anyMatch(QueryShape::bindsThis);
        return shape.supported && bound && shape.mentioned.stream().noneMatch(v -> PREBOUND.contains(v.getVarName()));
    }

    private static boolean bindsThis(Element e) {
        if (e instanceof ElementPathBlock block) {
            return block.getPattern().getList().stream().anyMatch(QueryShape::mentionsThis);
        }
        if (e instanceof ElementTriplesBlock block) {
            return block.getPattern().getList().stream()
                    .anyMatch(t -> List.of(t.getSubject(), t.getPredicate(), t.getObject()).contains(THIS));
        }
        return false;
    }

    private static boolean mentionsThis(TriplePath t) {
        return THIS.equals(t.getSubject()) || THIS.equals(t.getObject())
                || (t.isTriple() && THIS.equals(t.getPredicate()));
    }

    private void element(Element e) {
        if (e instanceof ElementGroup group) {
            group.getElements().forEach(this::element);
        } else if (e instanceof ElementPathBlock block) {
            block.getPattern().getList().forEach(t -> {
                node(t.getSubject());
                node(t.getObject());
                if (t.isTriple()) {
                    node(t.getPredicate());
                }
            });
        } else if (e instanceof ElementTriplesBlock block) {
            block.getPattern().getList().forEach(t -> {
                node(t.getSubject());
                node(t.getPredicate());
                node(t.getObject());
            });
        } else if (e instanceof ElementFilter filter) {
            expr(filter.getExpr());
        } else if (e instanceof ElementOptional optional) {
            element(optional.getOptionalElement());
        } else if (e instanceof ElementUnion union) {
            union.getElements().forEach(this::element);
        } else if (e instanceof ElementBind bind) {
            supported &= !THIS.equals(bind.getVar());
            mentioned.add(bind.getVar());
            expr(bind.getExpr());
        } else if (e instanceof ElementData data) {
            supported &= !data.getVars().contains(THIS);
            mentioned.addAll(data.getVars());
        } else {
            supported = false;
        }
    }

    private void node(Node n) {
        if (Var.isVar(n)) {
            mentioned.add(Var.alloc(n));
        }
    }

    private void expr(Expr expr) {
        Walker.walk(expr, new ExprVisitorBase() {
            @Override
            public void visit(ExprVar var) {
                mentioned.add(var.asVar());
            }

            @Override
            public void visit(ExprFunctionOp op) {
                element(op.getElement());
            }
        });
    }
}
