package org.w3id.sikg.bench;

import java.util.OptionalLong;

/**
 * The measured times and answer count of one query on one configuration.
 *
 * @param id the query, {@code q1} … {@code q14}
 * @param cold the first execution in a freshly opened store
 * @param warmMedianMillis median time of the warm rounds, or NaN when there were none (e.g. the cold run timed out)
 * @param warmRounds number of warm executions the median is taken over
 * @param expected the reference answer count at this scale, when known
 */
public record QueryTiming(String id, QueryOutcome cold, double warmMedianMillis, int warmRounds,
        OptionalLong expected) {

    /** Answer rows of the cold run (-1 if it did not finish). */
    public long rows() {
        return cold.rows();
    }

    /** Whether the query finished and its answer count equals the reference count. */
    public boolean complete() {
        return cold.ok() && expected.isPresent() && cold.rows() == expected.getAsLong();
    }

    public boolean timedOut() {
        return cold.status() == QueryOutcome.Status.TIMEOUT;
    }

    /**
     * The warm median, or else the cold time (a timeout counts as its timeout: a lower bound), or 0 for a query
     * that never ran (skipped: the totals are then lower bounds).
     */
    public double warmOrColdMillis() {
        if (!Double.isNaN(warmMedianMillis)) {
            return warmMedianMillis;
        }
        return Double.isNaN(cold.millis()) ? 0 : cold.millis();
    }
}
