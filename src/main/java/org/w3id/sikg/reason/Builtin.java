package org.w3id.sikg.reason;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;

/**
 * The builtins a rule may call, by their Jena rule-syntax names. Deliberately small; docs/reasoning.md lists them.
 * Comparisons are by value (numbers of any XSD numeric type, dates and date-times, strings) using SPARQL's
 * ordering; a comparison between incomparable values (a number and a date, an IRI and a number) is false.
 */
enum Builtin {
    /** {@code notEqual(?a, ?b)}: different terms, and not two literals with the same value. */
    NOT_EQUAL("notEqual", 2),
    /** {@code equal(?a, ?b)}: the same term, or two literals with the same value ({@code "1"^^xsd:int = 1}). */
    EQUAL("equal", 2),
    /** {@code lessThan(?a, ?b)}: {@code a < b} by value. */
    LESS_THAN("lessThan", 2),
    /** {@code greaterThan(?a, ?b)}: {@code a > b} by value. */
    GREATER_THAN("greaterThan", 2),
    /** {@code le(?a, ?b)}: {@code a <= b} by value. */
    LE("le", 2),
    /** {@code ge(?a, ?b)}: {@code a >= b} by value. */
    GE("ge", 2),
    /** {@code sum(?a, ?b, ?c)}: binds (or checks) {@code c = a + b}, numbers only. */
    SUM("sum", 3),
    /** {@code difference(?a, ?b, ?c)}: binds (or checks) {@code c = a - b}, numbers only. */
    DIFFERENCE("difference", 3),
    /**
     * {@code yearsBetween(?from, ?to, ?years)}: binds (or checks) {@code years} to the time from {@code from} to
     * {@code to}, two {@code xsd:dateTime} or {@code xsd:date} values, in years of 365.2425 days, as an
     * {@code xsd:decimal} with two decimals. SIKG's own: Jena's rule engine has no date arithmetic.
     */
    YEARS_BETWEEN("yearsBetween", 3),
    /** {@code isLiteral(?x)}: the term is a literal. */
    IS_LITERAL("isLiteral", 1),
    /**
     * {@code notDType(?lt, ?dt)}: ?lt is a literal that is not a valid member of ?dt, a datatype Jena knows (the XSD
     * datatypes, rdf:langString ...): e.g. {@code "abc"} is not an {@code xsd:integer}. False for unknown datatypes.
     */
    NOT_DTYPE("notDType", 2),
    /** Head only: {@code inconsistent(?x, ...)}, the OWL 2 RL conclusion "false"; its arguments name what clashes. */
    INCONSISTENT("inconsistent", -1);

    private final String ruleName;
    private final int arity;

    Builtin(String ruleName, int arity) {
        this.ruleName = ruleName;
        this.arity = arity;
    }

    /** The name used in rule files. */
    String ruleName() {
        return ruleName;
    }

    /** Number of arguments, or -1 for any. */
    int arity() {
        return arity;
    }

    /** Whether the builtin binds its last argument when it is unbound. */
    boolean binds() {
        return this == SUM || this == DIFFERENCE || this == YEARS_BETWEEN;
    }

    static Optional<Builtin> byRuleName(String name) {
        return Arrays.stream(values()).filter(b -> b.ruleName.equals(name)).findFirst();
    }

    /** Evaluates a test builtin on decoded arguments ({@code b} is null for one-argument builtins). */
    boolean test(Node a, Node b) {
        return switch (this) {
            case IS_LITERAL -> a.isLiteral();
            case NOT_DTYPE -> notInDatatype(a, b);
            case NOT_EQUAL -> !sameValue(a, b);
            case EQUAL -> sameValue(a, b);
            case LESS_THAN -> compare(a, b) == Cmp.LESS;
            case GREATER_THAN -> compare(a, b) == Cmp.GREATER;
            case LE -> compare(a, b) == Cmp.LESS || compare(a, b) == Cmp.EQUAL;
            case GE -> compare(a, b) == Cmp.GREATER || compare(a, b) == Cmp.EQUAL;
            default -> throw new IllegalStateException(ruleName + " is not a test");
        };
    }

    /** Computes the value a binding builtin gives its last argument, or empty when the inputs do not fit. */
    Optional<Node> compute(Node a, Node b) {
        if (this == YEARS_BETWEEN) {
            return DateArithmetic.yearsBetween(a, b).map(years -> NodeValue.makeDecimal(years).asNode());
        }
        if (!a.isLiteral() || !b.isLiteral()) {
            return Optional.empty();
        }
        try {
            NodeValue x = NodeValue.makeNode(a);
            NodeValue y = NodeValue.makeNode(b);
            if (!x.isNumber() || !y.isNumber()) {
                return Optional.empty();
            }
            NodeValue r = this == SUM ? XSDFuncOp.numAdd(x, y) : XSDFuncOp.numSubtract(x, y);
            return Optional.of(r.asNode());
        } catch (ExprEvalException e) {
            return Optional.empty();
        }
    }

    private enum Cmp { LESS, EQUAL, GREATER, NONE }

    private static boolean notInDatatype(Node literal, Node datatype) {
        if (!literal.isLiteral() || !datatype.isURI()) {
            return false;
        }
        org.apache.jena.datatypes.RDFDatatype dt =
                org.apache.jena.datatypes.TypeMapper.getInstance().getTypeByName(datatype.getURI());
        return dt != null && !dt.isValidLiteral(literal.getLiteral());
    }

    static boolean sameValue(Node a, Node b) {
        if (a.equals(b)) {
            return true;
        }
        if (!a.isLiteral() || !b.isLiteral()) {
            return false;
        }
        try {
            return NodeValue.sameValueAs(NodeValue.makeNode(a), NodeValue.makeNode(b));
        } catch (ExprEvalException e) {
            return false;
        }
    }

    private static Cmp compare(Node a, Node b) {
        if (!a.isLiteral() || !b.isLiteral()) {
            return Cmp.NONE;
        }
        try {
            int c = NodeValue.compare(NodeValue.makeNode(a), NodeValue.makeNode(b));
            return c < 0 ? Cmp.LESS : c > 0 ? Cmp.GREATER : Cmp.EQUAL;
        } catch (ExprEvalException e) {
            return Cmp.NONE;
        }
    }
}
