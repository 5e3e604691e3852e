package org.w3id.sikg.reason;

/**
 * The first derivation of every inferred triple, as it fired: the rule and (when recording) the positions of its
 * premises, all plain ints. Premises are always older than their conclusion, so following them terminates at
 * asserted triples.
 */
final class DerivationLog {

    private final int firstDerived;
    private final boolean premisesRecorded;
    private final IntList rules;
    /** Offset of each derived triple's premises in {@link #premises}. */
    private final IntList offsets;
    private final IntList premises;

    /** Presized for about as many inferred triples as asserted ones (LUBM: 0.7), to avoid regrowing large arrays. */
    DerivationLog(int firstDerived, boolean premisesRecorded) {
        this.firstDerived = firstDerived;
        this.premisesRecorded = premisesRecorded;
        int expected = Math.max(1 << 12, firstDerived);
        rules = new IntList(expected);
        offsets = new IntList(expected);
        premises = new IntList(premisesRecorded ? expected * 2 : 16);
    }

    /** Records the derivation of the triple just added at {@code pos} (positions are recorded in order). */
    void record(int pos, int rule, IntList buffer, int from, int count) {
        if (pos - firstDerived != rules.size()) {
            throw new IllegalStateException("derivations out of order at " + pos);
        }
        rules.add(rule);
        offsets.add(premises.size());
        for (int i = 0; i < count; i++) {
            premises.add(buffer.get(from + i));
        }
    }

    int firstDerived() {
        return firstDerived;
    }

    boolean isDerived(int pos) {
        return pos >= firstDerived;
    }

    boolean premisesRecorded() {
        return premisesRecorded;
    }

    int rule(int pos) {
        return rules.get(pos - firstDerived);
    }

    /** The premise positions of a derived triple (empty for axioms, or when premises were not recorded). */
    int[] premises(int pos) {
        int i = pos - firstDerived;
        int from = offsets.get(i);
        int to = i + 1 < offsets.size() ? offsets.get(i + 1) : premises.size();
        int[] result = new int[to - from];
        for (int k = 0; k < result.length; k++) {
            result[k] = premises.get(from + k);
        }
        return result;
    }
}
