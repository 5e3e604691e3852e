package org.w3id.sikg.reason;

import java.util.List;

import org.apache.jena.graph.Triple;

/**
 * Why a triple holds: asserted (a leaf, with where it was asserted), or derived by a rule from premises, each
 * explained in turn down to asserted triples. Shared sub-explanations are the same object, so the structure is a
 * DAG; renderers print a repeated one once and refer back to it.
 *
 * @param triple the triple explained
 * @param rule the rule of its first derivation, or null when the triple is asserted
 * @param ruleLocation the rule's file and line, or null when asserted
 * @param premises the explanations of the rule's premises (empty for asserted triples and axioms)
 * @param sources where an asserted triple was asserted (e.g. fact graph IRIs, section locators), as the caller's
 *        source function tells; empty for derived triples
 */
public record Explanation(Triple triple, String rule, String ruleLocation, List<Explanation> premises,
        List<String> sources) {

    public Explanation {
        premises = List.copyOf(premises);
        sources = List.copyOf(sources);
    }

    public boolean asserted() {
        return rule == null;
    }

    /** Number of distinct derivation steps in this explanation (asserted leaves not counted). */
    public int steps() {
        java.util.Set<Explanation> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        return count(this, seen);
    }

    private static int count(Explanation e, java.util.Set<Explanation> seen) {
        if (e.asserted() || !seen.add(e)) {
            return 0;
        }
        int n = 1;
        for (Explanation p : e.premises) {
            n += count(p, seen);
        }
        return n;
    }
}
