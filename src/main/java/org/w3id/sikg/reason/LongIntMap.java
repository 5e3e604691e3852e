package org.w3id.sikg.reason;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to {@code int} values (linear probing, no boxing). Used for the
 * heads of the engine's per-(predicate, subject) and per-(predicate, object) index chains. Reads are safe from several
 * threads while no thread writes.
 */
final class LongIntMap {

    /** Returned by {@link #get} for an absent key. */
    static final int MISSING = -1;
    private static final long FREE = Long.MIN_VALUE;

    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
        mask = capacity - 1;
    }

    static long key(int high, int low) {
        return ((long) high << 32) | (low & 0xffffffffL);
    }

    static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    int get(long key) {
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == FREE) {
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    /** Stores {@code value} under {@code key} and returns the previous value, or {@link #MISSING}. */
    int put(long key, int value) {
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
            if (k == FREE) {
                keys[i] = key;
                values[i] = value;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return MISSING;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(keys, FREE);
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != FREE) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }
}
