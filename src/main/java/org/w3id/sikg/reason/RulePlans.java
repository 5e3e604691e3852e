package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.List;

/**
 * The join plans of a rule set, dispatched by the predicate of the new triple: plans whose start atom has a constant
 * predicate are found by that predicate's id, plans whose start atom has a variable predicate apply to every triple.
 * Before each round, {@link #refresh} disables the rules that cannot fire because a predicate of their body has no
 * triple at all (e.g. the property-chain rules when no {@code owl:propertyChainAxiom} exists); this keeps the many
 * variable-predicate OWL 2 RL rules from costing a lookup per triple for nothing.
 */
final class RulePlans {

    private static final JoinPlan[] NONE = new JoinPlan[0];

    private final JoinPlan[][] allByPredicate;
    private final JoinPlan[] allWildcard;
    private final JoinPlan[][] byPredicate;
    private JoinPlan[] wildcard;
    private final int maxVars;
    private final int maxAtoms;

    RulePlans(List<CompiledRule> rules, PredicateStats stats) {
        int maxConstant = 0;
        int vars = 0;
        int atoms = 0;
        for (CompiledRule rule : rules) {
            for (int[] atom : rule.body) {
                maxConstant = Math.max(maxConstant, atom[1]);
            }
            vars = Math.max(vars, rule.varCount);
            atoms = Math.max(atoms, rule.body.length);
        }
        List<List<JoinPlan>> lists = new ArrayList<>();
        for (int i = 0; i <= maxConstant; i++) {
            lists.add(new ArrayList<>());
        }
        List<JoinPlan> any = new ArrayList<>();
        for (CompiledRule rule : rules) {
            for (int a = 0; a < rule.body.length; a++) {
                int p = rule.body[a][1];
                (CompiledRule.isVar(p) ? any : lists.get(p)).add(JoinPlan.plan(rule, a, stats));
            }
        }
        allByPredicate = lists.stream().map(l -> l.toArray(JoinPlan[]::new)).toArray(JoinPlan[][]::new);
        allWildcard = any.toArray(JoinPlan[]::new);
        byPredicate = new JoinPlan[allByPredicate.length][];
        wildcard = NONE;
        maxVars = vars;
        maxAtoms = atoms;
    }

    /** Keeps only the plans whose rule has a triple for every constant predicate of its body (store frozen). */
    void refresh(TripleStore store) {
        for (int p = 0; p < allByPredicate.length; p++) {
            byPredicate[p] = active(allByPredicate[p], store);
        }
        wildcard = active(allWildcard, store);
    }

    private static JoinPlan[] active(JoinPlan[] plans, TripleStore store) {
        List<JoinPlan> active = new ArrayList<>(plans.length);
        for (JoinPlan plan : plans) {
            if (canFire(plan.rule, store)) {
                active.add(plan);
            }
        }
        return active.toArray(JoinPlan[]::new);
    }

    private static boolean canFire(CompiledRule rule, TripleStore store) {
        for (int[] atom : rule.body) {
            if (!CompiledRule.isVar(atom[1]) && store.count(atom[1]) == 0) {
                return false;
            }
        }
        return true;
    }

    JoinPlan[] forPredicate(int p) {
        return p < byPredicate.length ? byPredicate[p] : NONE;
    }

    JoinPlan[] wildcard() {
        return wildcard;
    }

    int maxVars() {
        return maxVars;
    }

    int maxAtoms() {
        return maxAtoms;
    }
}
