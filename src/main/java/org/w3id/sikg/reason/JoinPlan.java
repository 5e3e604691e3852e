package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.w3id.sikg.reason.CompiledRule.BuiltinCall;

/**
 * How to evaluate one rule when a new triple matches one of its body atoms (the start atom): the order in which
 * the other atoms are joined, the index each uses, and where each builtin is checked (as soon as its inputs are
 * bound). Semi-naive bookkeeping: an atom written before the start atom only matches triples strictly older than the
 * new triple, an atom written after it matches triples up to and including it; so each combination of premises is
 * found exactly once, when its newest premise is processed.
 */
final class JoinPlan {

    /** How a step finds candidate triples. */
    enum Access { CHECK, BY_PS, BY_PO, BY_P, ANY_PS, ANY_PO, ANY_PSO, SCAN, BUILTIN }

    /** One step: an atom with its access path, or a builtin call. */
    static final class Step {
        final int atom;
        final int[] terms;
        /** Per position s, p, o: true when this step assigns the variable (first occurrence, unbound before). */
        final boolean[] assigns;
        final Access access;
        final boolean strict;
        final BuiltinCall call;

        Step(int atom, int[] terms, boolean[] assigns, Access access, boolean strict, BuiltinCall call) {
            this.atom = atom;
            this.terms = terms;
            this.assigns = assigns;
            this.access = access;
            this.strict = strict;
            this.call = call;
        }
    }

    final CompiledRule rule;
    final int startAtom;
    final Step start;
    final Step[] steps;

    private JoinPlan(CompiledRule rule, int startAtom, Step start, Step[] steps) {
        this.rule = rule;
        this.startAtom = startAtom;
        this.start = start;
        this.steps = steps;
    }

    /** Plans the rule for a new triple matching body atom {@code startAtom}. */
    static JoinPlan plan(CompiledRule rule, int startAtom, PredicateStats stats) {
        BitSet bound = new BitSet();
        Step start = atomStep(rule, startAtom, bound, false);
        List<Step> steps = new ArrayList<>();
        boolean[] usedCalls = new boolean[rule.calls.length];
        addReadyCalls(rule, bound, usedCalls, steps);
        BitSet remaining = new BitSet();
        remaining.set(0, rule.body.length);
        remaining.clear(startAtom);
        while (!remaining.isEmpty()) {
            int best = cheapest(rule, remaining, bound, stats);
            remaining.clear(best);
            steps.add(atomStep(rule, best, bound, best < startAtom));
            addReadyCalls(rule, bound, usedCalls, steps);
        }
        return new JoinPlan(rule, startAtom, start, steps.toArray(Step[]::new));
    }

    private static int cheapest(CompiledRule rule, BitSet remaining, BitSet bound, PredicateStats stats) {
        int best = -1;
        double bestCost = Double.MAX_VALUE;
        for (int a = remaining.nextSetBit(0); a >= 0; a = remaining.nextSetBit(a + 1)) {
            double cost = cost(rule.body[a], bound, stats);
            if (cost < bestCost) {
                best = a;
                bestCost = cost;
            }
        }
        return best;
    }

    /** Estimated number of candidate triples the atom yields with the variables bound so far. */
    static double cost(int[] atom, BitSet bound, PredicateStats stats) {
        boolean s = known(atom[0], bound);
        boolean p = known(atom[1], bound);
        boolean o = known(atom[2], bound);
        if (!p) {
            return 1e9 / ((s ? 100 : 1) * (o ? 100 : 1));
        }
        if (s && o) {
            return 0.5;
        }
        if (!CompiledRule.isVar(atom[1])) {
            int pid = atom[1];
            return s ? stats.perSubject(pid) : o ? stats.perObject(pid) : stats.count(pid) + 1;
        }
        return s || o ? 10 : 1e6;
    }

    private static boolean known(int term, BitSet bound) {
        return !CompiledRule.isVar(term) || bound.get(CompiledRule.var(term));
    }

    private static Step atomStep(CompiledRule rule, int atomIndex, BitSet bound, boolean strict) {
        int[] atom = rule.body[atomIndex];
        boolean s = known(atom[0], bound);
        boolean p = known(atom[1], bound);
        boolean o = known(atom[2], bound);
        boolean[] assigns = new boolean[3];
        for (int i = 0; i < 3; i++) {
            if (CompiledRule.isVar(atom[i]) && !bound.get(CompiledRule.var(atom[i]))) {
                assigns[i] = true;
                bound.set(CompiledRule.var(atom[i]));
            }
        }
        return new Step(atomIndex, atom, assigns, access(s, p, o), strict, null);
    }

    private static Access access(boolean s, boolean p, boolean o) {
        if (p) {
            return s && o ? Access.CHECK : s ? Access.BY_PS : o ? Access.BY_PO : Access.BY_P;
        }
        return s && o ? Access.ANY_PSO : s ? Access.ANY_PS : o ? Access.ANY_PO : Access.SCAN;
    }

    /** Appends every not-yet-placed builtin whose inputs are bound; a binding builtin then binds its output. */
    private static void addReadyCalls(CompiledRule rule, BitSet bound, boolean[] used, List<Step> steps) {
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int c = 0; c < rule.calls.length; c++) {
                BuiltinCall call = rule.calls[c];
                int inputs = call.builtin().binds() ? 2 : call.args().length;
                if (used[c] || !allKnown(call.args(), inputs, bound)) {
                    continue;
                }
                used[c] = true;
                progress = true;
                boolean[] assigns = new boolean[call.args().length];
                if (call.builtin().binds() && !known(call.args()[2], bound)) {
                    assigns[2] = true;
                    bound.set(CompiledRule.var(call.args()[2]));
                }
                steps.add(new Step(-1, call.args(), assigns, Access.BUILTIN, false, call));
            }
        }
    }

    private static boolean allKnown(int[] args, int count, BitSet bound) {
        for (int i = 0; i < count; i++) {
            if (!known(args[i], bound)) {
                return false;
            }
        }
        return true;
    }
}
