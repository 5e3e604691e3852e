package org.w3id.sikg.reason;

/**
 * Per-predicate cardinalities of the store when planning: triples, distinct subjects, distinct objects. The join
 * planner estimates the fan-out of an index lookup from them (e.g. {@code rdf:type} by object is large, by subject
 * small). Predicates without triples yet (derived later) count as one triple.
 */
final class PredicateStats {

    private final TripleStore store;

    PredicateStats(TripleStore store) {
        this.store = store;
    }

    /** Number of triples with predicate {@code p} (at least 1, so that unknown predicates look cheap but not free). */
    double count(int p) {
        return Math.max(1, store.count(p));
    }

    /** Average number of objects per subject of {@code p}. */
    double perSubject(int p) {
        return count(p) / Math.max(1, store.subjects(p));
    }

    /** Average number of subjects per object of {@code p}. */
    double perObject(int p) {
        return count(p) / Math.max(1, store.objects(p));
    }
}
