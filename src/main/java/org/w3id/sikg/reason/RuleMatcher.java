package org.w3id.sikg.reason;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.w3id.sikg.reason.CompiledRule.BuiltinCall;
import org.w3id.sikg.reason.JoinPlan.Access;
import org.w3id.sikg.reason.JoinPlan.Step;

/**
 * Evaluates join plans against a frozen {@link TripleStore} for a range of new triples, and buffers the conclusions
 * that are not in the store yet (with the rule and premise positions when derivations are recorded). One matcher per
 * worker thread; the store and the plans are shared read-only.
 */
final class RuleMatcher {

    private final TripleStore store;
    private final NodeDictionary dictionary;
    private final RulePlans plans;
    private final boolean record;
    private final int[] bind;
    private final int[] premises;
    /** Candidate conclusions: s, p, o, rule, then (when recording) one premise position per body atom. */
    final IntList conclusions = new IntList(1 << 12);
    /** Clashes: rule, one premise position per body atom, then the rule's inconsistent(...) arguments. */
    final IntList clashes = new IntList();
    private final CandidateSet buffered = new CandidateSet();
    private int fact;

    RuleMatcher(TripleStore store, NodeDictionary dictionary, RulePlans plans, boolean record) {
        this.store = store;
        this.dictionary = dictionary;
        this.plans = plans;
        this.record = record;
        this.bind = new int[Math.max(1, plans.maxVars())];
        this.premises = new int[Math.max(1, plans.maxAtoms())];
    }

    /** Empties the buffers after the engine merged them. */
    void reset() {
        conclusions.clear();
        clashes.clear();
        buffered.clear();
    }

    /** Applies every rule to each triple at positions {@code [from, to)}. */
    void process(int from, int to) {
        for (int pos = from; pos < to; pos++) {
            fact = pos;
            for (JoinPlan plan : plans.forPredicate(store.predicate(pos))) {
                run(plan, pos);
            }
            for (JoinPlan plan : plans.wildcard()) {
                run(plan, pos);
            }
        }
    }

    private void run(JoinPlan plan, int pos) {
        if (unify(plan.start, pos)) {
            premises[plan.startAtom] = pos;
            step(plan, 0);
        }
    }

    private void step(JoinPlan plan, int index) {
        if (index == plan.steps.length) {
            conclude(plan.rule);
            return;
        }
        Step st = plan.steps[index];
        int limit = st.strict ? fact - 1 : fact;
        switch (st.access) {
            case BUILTIN -> {
                if (call(st)) {
                    step(plan, index + 1);
                }
            }
            case CHECK -> {
                int q = store.find(value(st.terms[0]), value(st.terms[1]), value(st.terms[2]));
                if (q >= 0 && q <= limit) {
                    visit(plan, index, st, q);
                }
            }
            case BY_PS -> chain(plan, index, st, store.headPS(value(st.terms[1]), value(st.terms[0])), TripleStore.NEXT_PS, limit);
            case BY_PO -> chain(plan, index, st, store.headPO(value(st.terms[1]), value(st.terms[2])), TripleStore.NEXT_PO, limit);
            case BY_P -> chain(plan, index, st, store.headP(value(st.terms[1])), TripleStore.NEXT_P, limit);
            default -> anyPredicate(plan, index, st, limit);
        }
    }

    private void chain(JoinPlan plan, int index, Step st, int head, int link, int limit) {
        int[] log = store.log;
        for (int q = head; q != TripleStore.END; q = log[q * TripleStore.STRIDE + link]) {
            if (q <= limit) {
                visit(plan, index, st, q);
            }
        }
    }

    /** Atoms whose predicate is an unbound variable: walk each predicate's chain (or scan). */
    private void anyPredicate(JoinPlan plan, int index, Step st, int limit) {
        if (st.access == Access.SCAN) {
            for (int q = 0; q <= limit; q++) {
                visit(plan, index, st, q);
            }
            return;
        }
        int predicates = store.predicateCount();
        for (int i = 0; i < predicates; i++) {
            int p = store.predicateAt(i);
            switch (st.access) {
                case ANY_PS -> chain(plan, index, st, store.headPS(p, value(st.terms[0])), TripleStore.NEXT_PS, limit);
                case ANY_PO -> chain(plan, index, st, store.headPO(p, value(st.terms[2])), TripleStore.NEXT_PO, limit);
                default -> {
                    int q = store.find(value(st.terms[0]), p, value(st.terms[2]));
                    if (q >= 0 && q <= limit) {
                        visit(plan, index, st, q);
                    }
                }
            }
        }
    }

    private void visit(JoinPlan plan, int index, Step st, int q) {
        if (unify(st, q)) {
            premises[st.atom] = q;
            step(plan, index + 1);
        }
    }

    private boolean unify(Step st, int pos) {
        int at = pos * TripleStore.STRIDE;
        int[] log = store.log;
        return unify(st, 0, log[at + TripleStore.S]) && unify(st, 1, log[at + TripleStore.P])
                && unify(st, 2, log[at + TripleStore.O]);
    }

    private boolean unify(Step st, int i, int value) {
        int term = st.terms[i];
        if (!CompiledRule.isVar(term)) {
            return term == value;
        }
        if (st.assigns[i]) {
            bind[CompiledRule.var(term)] = value;
            return true;
        }
        return bind[CompiledRule.var(term)] == value;
    }

    private int value(int term) {
        return CompiledRule.isVar(term) ? bind[CompiledRule.var(term)] : term;
    }

    private boolean call(Step st) {
        BuiltinCall call = st.call;
        Builtin builtin = call.builtin();
        int a = value(call.args()[0]);
        if (builtin.arity() == 1) {
            return builtin.test(dictionary.decode(a), null);
        }
        int b = value(call.args()[1]);
        if (builtin == Builtin.NOT_EQUAL || builtin == Builtin.EQUAL) {
            boolean same = a == b || sameLiteralValue(a, b);
            return same == (builtin == Builtin.EQUAL);
        }
        if (!builtin.binds()) {
            return builtin.test(dictionary.decode(a), dictionary.decode(b));
        }
        Optional<Node> result = builtin.compute(dictionary.decode(a), dictionary.decode(b));
        if (result.isEmpty()) {
            return false;
        }
        int id = dictionary.encode(result.get());
        if (st.assigns[2]) {
            bind[CompiledRule.var(call.args()[2])] = id;
            return true;
        }
        return Builtin.sameValue(result.get(), dictionary.decode(value(call.args()[2])));
    }

    private boolean sameLiteralValue(int a, int b) {
        Node x = dictionary.decode(a);
        Node y = dictionary.decode(b);
        return x.isLiteral() && y.isLiteral() && Builtin.sameValue(x, y);
    }

    /** Whether the conclusion is one of its own premises (e.g. cax-sco with {@code C rdfs:subClassOf C}). */
    private boolean isPremise(int s, int p, int o, int atoms) {
        for (int i = 0; i < atoms; i++) {
            if (store.is(premises[i], s, p, o)) {
                return true;
            }
        }
        return false;
    }

    private void conclude(CompiledRule rule) {
        int atoms = rule.body.length;
        if (rule.clash != null) {
            clashes.add(rule.index);
            for (int i = 0; i < atoms; i++) {
                clashes.add(premises[i]);
            }
            for (int arg : rule.clash.args()) {
                clashes.add(value(arg));
            }
            return;
        }
        for (int[] h : rule.head) {
            int s = value(h[0]);
            int p = value(h[1]);
            int o = value(h[2]);
            if (isPremise(s, p, o, atoms) || store.find(s, p, o) >= 0) {
                continue;
            }
            int start = conclusions.size();
            conclusions.add(s);
            conclusions.add(p);
            conclusions.add(o);
            conclusions.add(rule.index);
            if (!buffered.add(conclusions, start)) {
                conclusions.truncate(start);
            } else if (record) {
                for (int i = 0; i < atoms; i++) {
                    conclusions.add(premises[i]);
                }
            }
        }
    }
}
