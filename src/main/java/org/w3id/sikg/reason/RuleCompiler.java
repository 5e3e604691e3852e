package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.reasoner.TriplePattern;
import org.apache.jena.reasoner.rulesys.ClauseEntry;
import org.apache.jena.reasoner.rulesys.Functor;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.reason.CompiledRule.BuiltinCall;

/**
 * Compiles Jena {@code Rule}s into {@link CompiledRule}s over a dictionary, refusing what the engine does not
 * evaluate (RULE-002): backward and nested rules, functors inside triples, unknown builtins, unsafe head variables.
 */
final class RuleCompiler {

    private final NodeDictionary dictionary;
    private final Map<String, Integer> vars = new HashMap<>();
    private String error;

    RuleCompiler(NodeDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** Compiles all rules, or reports every refusal in {@code problems}. */
    List<CompiledRule> compileAll(List<SourcedRule> rules, List<Problem> problems) {
        List<CompiledRule> compiled = new ArrayList<>();
        for (SourcedRule rule : rules) {
            compile(rule, compiled.size()).ifPresentOrElse(compiled::add, () -> problems.add(
                    Problem.of(ErrorCode.RULE_UNSUPPORTED, rule.source(), rule.line(),
                            "rule " + rule.name() + ": " + error)));
        }
        return compiled;
    }

    private Optional<CompiledRule> compile(SourcedRule rule, int index) {
        vars.clear();
        error = null;
        if (rule.rule().isBackward()) {
            return fail("backward rules (<-) are not supported; write forward rules (->)");
        }
        List<int[]> body = new ArrayList<>();
        List<BuiltinCall> calls = new ArrayList<>();
        for (ClauseEntry clause : rule.rule().getBody()) {
            if (!clause(clause, body, calls, false)) {
                return Optional.empty();
            }
        }
        List<int[]> head = new ArrayList<>();
        List<BuiltinCall> headCalls = new ArrayList<>();
        for (ClauseEntry clause : rule.rule().getHead()) {
            if (!clause(clause, head, headCalls, true)) {
                return Optional.empty();
            }
        }
        if (!checkSafety(body, calls, head, headCalls)) {
            return Optional.empty();
        }
        BuiltinCall clash = headCalls.isEmpty() ? null : headCalls.get(0);
        return Optional.of(new CompiledRule(index, rule, body.toArray(int[][]::new), calls.toArray(BuiltinCall[]::new),
                head.toArray(int[][]::new), clash, vars.size()));
    }

    private boolean clause(ClauseEntry clause, List<int[]> atoms, List<BuiltinCall> calls, boolean inHead) {
        if (clause instanceof TriplePattern tp) {
            int s = term(tp.getSubject());
            int p = term(tp.getPredicate());
            int o = term(tp.getObject());
            if (error != null) {
                return false;
            }
            atoms.add(new int[] {s, p, o});
            return true;
        }
        if (clause instanceof Functor f) {
            return call(f, calls, inHead);
        }
        fail("nested rules are not supported");
        return false;
    }

    private boolean call(Functor f, List<BuiltinCall> calls, boolean inHead) {
        Optional<Builtin> builtin = Builtin.byRuleName(f.getName());
        if (builtin.isEmpty()) {
            fail("unknown builtin " + f.getName());
            return false;
        }
        Builtin b = builtin.get();
        if ((b == Builtin.INCONSISTENT) != inHead) {
            fail(inHead ? "only inconsistent(...) may be called in a head" : "inconsistent(...) belongs in the head");
            return false;
        }
        if (b.arity() >= 0 && f.getArgLength() != b.arity()) {
            fail(b.ruleName() + " takes " + b.arity() + " arguments");
            return false;
        }
        int[] args = new int[f.getArgLength()];
        for (int i = 0; i < args.length; i++) {
            args[i] = term(f.getArgs()[i]);
        }
        calls.add(new BuiltinCall(b, args));
        return error == null;
    }

    private int term(Node node) {
        if (node.isVariable()) {
            String name = node.getName();
            if (name.equals("_") || name.isEmpty()) {
                name = "_" + vars.size();
            }
            return CompiledRule.varTerm(vars.computeIfAbsent(name, k -> vars.size()));
        }
        if (Functor.isFunctor(node)) {
            fail("functors inside triple patterns are not supported: " + node);
            return 0;
        }
        return dictionary.encode(node);
    }

    /** Every head variable and builtin input must be bound by the body's triple patterns or a binding builtin. */
    private boolean checkSafety(List<int[]> body, List<BuiltinCall> calls, List<int[]> head,
            List<BuiltinCall> headCalls) {
        if (body.isEmpty() && (!calls.isEmpty() || !headCalls.isEmpty())) {
            fail("a rule with builtins needs at least one triple pattern");
            return false;
        }
        BitSet bound = new BitSet();
        body.forEach(atom -> markVars(atom, bound));
        for (BuiltinCall call : calls) {
            int inputs = call.builtin().binds() ? 2 : call.args().length;
            for (int i = 0; i < inputs; i++) {
                if (CompiledRule.isVar(call.args()[i]) && !bound.get(CompiledRule.var(call.args()[i]))) {
                    fail("builtin " + call.builtin().ruleName() + " uses a variable no earlier triple pattern binds");
                    return false;
                }
            }
            markVars(call.args(), bound);
        }
        BitSet needed = new BitSet();
        head.forEach(atom -> markVars(atom, needed));
        headCalls.forEach(c -> markVars(c.args(), needed));
        needed.andNot(bound);
        if (!needed.isEmpty()) {
            fail("head variables not bound by the body: " + varNames(needed));
            return false;
        }
        return true;
    }

    private static void markVars(int[] terms, BitSet set) {
        for (int t : terms) {
            if (CompiledRule.isVar(t)) {
                set.set(CompiledRule.var(t));
            }
        }
    }

    private List<String> varNames(BitSet indexes) {
        return vars.entrySet().stream().filter(e -> indexes.get(e.getValue())).map(e -> "?" + e.getKey()).sorted()
                .toList();
    }

    private <T> Optional<T> fail(String message) {
        if (error == null) {
            error = message;
        }
        return Optional.empty();
    }
}
