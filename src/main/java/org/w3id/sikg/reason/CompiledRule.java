package org.w3id.sikg.reason;

/**
 * A rule compiled to dictionary ids. A term is a constant node id ({@code >= 0}) or a variable
 * ({@code -(index + 1)}); see {@link #isVar} and {@link #var}.
 */
final class CompiledRule {

    final int index;
    final SourcedRule source;
    /** Body triple patterns, each {@code {s, p, o}}, in the order written. */
    final int[][] body;
    /** Body builtin calls (tests and binding builtins), in the order written. */
    final BuiltinCall[] calls;
    /** Head triple patterns. */
    final int[][] head;
    /** The {@code inconsistent(...)} head, or null when the rule concludes triples. */
    final BuiltinCall clash;
    final int varCount;

    CompiledRule(int index, SourcedRule source, int[][] body, BuiltinCall[] calls, int[][] head, BuiltinCall clash,
            int varCount) {
        this.index = index;
        this.source = source;
        this.body = body;
        this.calls = calls;
        this.head = head;
        this.clash = clash;
        this.varCount = varCount;
    }

    String name() {
        return source.name();
    }

    static boolean isVar(int term) {
        return term < 0;
    }

    static int var(int term) {
        return -term - 1;
    }

    static int varTerm(int var) {
        return -(var + 1);
    }

    /** A builtin call with its argument terms. */
    record BuiltinCall(Builtin builtin, int[] args) {
    }
}
