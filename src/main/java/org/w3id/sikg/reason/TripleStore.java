package org.w3id.sikg.reason;

import java.util.Arrays;

/**
 * The engine's in-memory triple table: dictionary-encoded triples in an append-only log (a triple's position is its
 * insertion time), a hash set for duplicate detection, and three index chains threaded through the log — triples with
 * the same (predicate, subject), the same (predicate, object) and the same predicate. Each chain runs from the newest
 * triple to the oldest, so "every triple up to position {@code limit}" is a suffix of the chain. A log entry is six
 * adjacent ints (s, p, o and the three chain links), so a join step touches one cache line per triple.
 *
 * <p>Single writer; any number of readers while nobody writes (the materialiser freezes the store during a round).
 */
final class TripleStore {

    /** Marks the end of an index chain. */
    static final int END = -1;

    /** Ints per log entry, and the offsets of an entry's fields. */
    static final int STRIDE = 6;
    static final int S = 0;
    static final int P = 1;
    static final int O = 2;
    static final int NEXT_PS = 3;
    static final int NEXT_PO = 4;
    static final int NEXT_P = 5;

    /** The log: entry {@code pos} at {@code [pos * STRIDE, pos * STRIDE + STRIDE)}. Replaced when it grows. */
    int[] log;
    private int size;
    /** Per predicate id (null when the predicate has no triple): its chain heads and count. */
    private PredicateIndex[] byPredicate = new PredicateIndex[256];
    private final IntList predicates = new IntList();
    private int[] table;
    private int mask;

    TripleStore(int expected) {
        int capacity = Math.max(1024, expected);
        log = new int[capacity * STRIDE];
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
        if ((size + 1) * STRIDE > log.length) {
            log = Arrays.copyOf(log, log.length + (log.length >> 1) + STRIDE);
        }
        int pos = size++;
        int at = pos * STRIDE;
        log[at + S] = s;
        log[at + P] = p;
        log[at + O] = o;
        PredicateIndex index = index(p);
        log[at + NEXT_PS] = link(index.bySubject, s, pos);
        log[at + NEXT_PO] = link(index.byObject, o, pos);
        log[at + NEXT_P] = index.head;
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

    int subject(int pos) {
        return log[pos * STRIDE + S];
    }

    int predicate(int pos) {
        return log[pos * STRIDE + P];
    }

    int object(int pos) {
        return log[pos * STRIDE + O];
    }

    /** Whether the triple at {@code pos} is {@code (s, p, o)}. */
    boolean is(int pos, int s, int p, int o) {
        int at = pos * STRIDE;
        return log[at + S] == s && log[at + P] == p && log[at + O] == o;
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
        int h = hash(s, p, o);
        int i = h & mask;
        while (true) {
            int entry = table[i];
            if (entry == 0) {
                return i;
            }
            if (is(entry - 1, s, p, o)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    static int hash(int s, int p, int o) {
        long h = ((((long) s << 32) | (p & 0xffffffffL)) * 31 + o) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    private void growTable() {
        table = new int[table.length * 2];
        mask = table.length - 1;
        for (int pos = 0; pos < size; pos++) {
            table[slot(subject(pos), predicate(pos), object(pos))] = pos + 1;
        }
    }
}
