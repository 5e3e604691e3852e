package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Triple;

/**
 * Builds {@link Explanation}s from the derivation log, memoised per triple so that shared premises are shared
 * objects. Auxiliary premises (list-walking helper triples) are replaced by their own premises, so an explanation
 * shows only real triples: e.g. {@code cls-int1} is explained by the memberships in each class of the intersection.
 */
final class Explainer {

    private final Materialisation closure;
    private final DerivationLog log;
    private final List<CompiledRule> rules;
    private final Function<Triple, List<String>> sources;
    private final Map<Integer, Explanation> memo = new HashMap<>();

    Explainer(Materialisation closure, DerivationLog log, List<CompiledRule> rules,
            Function<Triple, List<String>> sources) {
        this.closure = closure;
        this.log = log;
        this.rules = rules;
        this.sources = sources;
    }

    Explanation explain(int pos) {
        Explanation known = memo.get(pos);
        if (known != null) {
            return known;
        }
        Triple triple = closure.triple(pos);
        Explanation result;
        if (!log.isDerived(pos)) {
            result = new Explanation(triple, null, null, List.of(), sources.apply(triple));
        } else {
            CompiledRule rule = rules.get(log.rule(pos));
            result = new Explanation(triple, rule.name(), rule.source.location(), premises(log.premises(pos)), List.of());
        }
        memo.put(pos, result);
        return result;
    }

    /** The explanations of the given premises, auxiliary ones replaced by their own premises (recursively). */
    List<Explanation> premises(int[] positions) {
        List<Explanation> result = new ArrayList<>();
        for (int q : positions) {
            if (closure.isAuxiliary(q) && log.isDerived(q)) {
                for (Explanation e : premises(log.premises(q))) {
                    if (!result.contains(e)) {
                        result.add(e);
                    }
                }
            } else {
                Explanation e = explain(q);
                if (!result.contains(e)) {
                    result.add(e);
                }
            }
        }
        return result;
    }
}
