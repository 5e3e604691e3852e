package org.w3id.sikg.reason;

import java.util.Arrays;

/**
 * The conclusions one worker has already buffered in the current round, so that a triple derived many times in a
 * round (e.g. {@code ?x rdf:type :Person} from several premises) is buffered, merged and recorded once. An
 * open-addressing set of offsets into the worker's buffer, compared by the (s, p, o) stored there.
 */
final class CandidateSet {

    private int[] table = new int[1 << 10];
    private int mask = table.length - 1;
    private int size;

    /** Adds the candidate at {@code offset} of {@code buffer}; false when an equal triple is already in the set. */
    boolean add(IntList buffer, int offset) {
        int s = buffer.get(offset);
        int p = buffer.get(offset + 1);
        int o = buffer.get(offset + 2);
        int i = TripleStore.hash(s, p, o) & mask;
        while (table[i] != 0) {
            int at = table[i] - 1;
            if (buffer.get(at) == s && buffer.get(at + 1) == p && buffer.get(at + 2) == o) {
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = offset + 1;
        if (++size * 2 > table.length) {
            grow(buffer);
        }
        return true;
    }

    void clear() {
        if (size > 0) {
            Arrays.fill(table, 0);
            size = 0;
        }
    }

    private void grow(IntList buffer) {
        int[] old = table;
        table = new int[old.length * 2];
        mask = table.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int at = entry - 1;
                int i = TripleStore.hash(buffer.get(at), buffer.get(at + 1), buffer.get(at + 2)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = entry;
            }
        }
    }
}
