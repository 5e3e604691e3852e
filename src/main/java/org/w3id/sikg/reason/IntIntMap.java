package org.w3id.sikg.reason;

import java.util.Arrays;

/**
 * An open-addressing hash map from non-negative {@code int} keys to {@code int} values (linear probing, no boxing).
 * The index chains of one predicate keep their heads here, so the maps of small (schema) predicates stay in cache.
 * Reads are safe from several threads while no thread writes.
 */
final class IntIntMap {

    /** Returned by {@link #get} for an absent key. */
    static final int MISSING = -1;
    private static final int FREE = -1;

    private int[] keys;
    private int[] values;
    private int size;
    private int mask;

    IntIntMap(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        values = new int[capacity];
        Arrays.fill(keys, FREE);
        mask = capacity - 1;
    }

    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    int get(int key) {
        int i = mix(key) & mask;
        while (true) {
            int k = keys[i];
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
    int put(int key, int value) {
        int i = mix(key) & mask;
        while (true) {
            int k = keys[i];
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
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
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
