package org.w3id.sikg.reason;

import java.util.Arrays;

/**
 * The engine's in-memory triple table: dictionary-encoded triples in an append-only log (a triple's position is its
 * insertion time), a hash set for duplicate detection, and three index chains threaded through the log — triples with
 * the same (predicate, subject), the same (predicate, object) and the same predicate. Each chain runs from the newest
 * triple to the oldest, so "every triple up to position {@code limit}" is a suffix of the chain.
 *
 * <p>Single writer; any number of readers while nobody writes (the materialiser freezes the store during a round).
 */
final class TripleStore {

    /** Marks the end of an index chain. */
    static final int END = -1;

    int[] subj;
    int[] pred;
    int[] obj;
    int[] nextPS;
    int[] nextPO;
    int[] nextP;
    private int size;
    /** Per predicate id (null when the predicate has no triple): its chain heads and count. */
    private PredicateIndex[] byPredicate = new PredicateIndex[256];
    private final IntList predicates = new IntList();
    private int[] table;
    private int mask;

    TripleStore(int expected) {
        int capacity = Math.max(1024, expected);
        subj = new int[capacity];
        pred = new int[capacity];
        obj = new int[capacity];
        nextPS = new int[capacity];
        nextPO = new int[capacity];
        nextP = new int[capacity];
        table = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
        mask = table.length - 1;
    }

    int size() {
        return size;
    }

    /** Appends the triple unless present; returns its new position, or -1 when it was already there. */
    int add(int s, int p, int o) {
        int slot = slot(s, p, o);
        if (table[slot] != 0) {
            return -1;
        }
        if (size == subj.length) {
            growLog();
        }
        int pos = size++;
        subj[pos] = s;
        pred[pos] = p;
        obj[pos] = o;
        PredicateIndex index = index(p);
        nextPS[pos] = link(index.bySubject, s, pos);
        nextPO[pos] = link(index.byObject, o, pos);
        nextP[pos] = index.head;
        index.head = pos;
        index.count++;
        table[slot] = pos + 1;
        if (size * 2 > table.length) {
            growTable();
        }
        return pos;
    }

    /** The position of the triple, or -1 when absent. */
    int find(int s, int p, int o) {
        int entry = table[slot(s, p, o)];
        return entry - 1;
    }

    /** Newest position with this predicate and subject, or {@link #END}. */
    int headPS(int p, int s) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? END : index.bySubject.get(s);
    }

    /** Newest position with this predicate and object, or {@link #END}. */
    int headPO(int p, int o) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? END : index.byObject.get(o);
    }

    /** Newest position with this predicate, or {@link #END}. */
    int headP(int p) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? END : index.head;
    }

    /** Number of triples with this predicate. */
    int count(int p) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? 0 : index.count;
    }

    /** Number of distinct subjects of this predicate. */
    int subjects(int p) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? 0 : index.bySubject.size();
    }

    /** Number of distinct objects of this predicate. */
    int objects(int p) {
        PredicateIndex index = p < byPredicate.length ? byPredicate[p] : null;
        return index == null ? 0 : index.byObject.size();
    }

    private PredicateIndex index(int p) {
        if (p >= byPredicate.length) {
            byPredicate = Arrays.copyOf(byPredicate, Math.max(p + 1, byPredicate.length * 2));
        }
        PredicateIndex index = byPredicate[p];
        if (index == null) {
            index = new PredicateIndex();
            byPredicate[p] = index;
            predicates.add(p);
        }
        return index;
    }

    /** The index chains' heads of one predicate. */
    private static final class PredicateIndex {
        final IntIntMap bySubject = new IntIntMap(4);
        final IntIntMap byObject = new IntIntMap(4);
        int head = END;
        int count;
    }

    /** The distinct predicates, in order of first appearance. */
    int predicateCount() {
        return predicates.size();
    }

    int predicateAt(int index) {
        return predicates.get(index);
    }

    private static int link(IntIntMap heads, int key, int pos) {
        int previous = heads.put(key, pos);
        return previous == IntIntMap.MISSING ? END : previous;
    }

    private int slot(int s, int p, int o) {
        int h = LongIntMap.mix(LongIntMap.key(s, p) * 31 + o);
        int i = h & mask;
        while (true) {
            int entry = table[i];
            if (entry == 0) {
                return i;
            }
            int pos = entry - 1;
            if (subj[pos] == s && pred[pos] == p && obj[pos] == o) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void growLog() {
        int capacity = subj.length + (subj.length >> 1);
        subj = Arrays.copyOf(subj, capacity);
        pred = Arrays.copyOf(pred, capacity);
        obj = Arrays.copyOf(obj, capacity);
        nextPS = Arrays.copyOf(nextPS, capacity);
        nextPO = Arrays.copyOf(nextPO, capacity);
        nextP = Arrays.copyOf(nextP, capacity);
    }

    private void growTable() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        for (int pos = 0; pos < size; pos++) {
            table[slot(subj[pos], pred[pos], obj[pos])] = pos + 1;
        }
    }
}
