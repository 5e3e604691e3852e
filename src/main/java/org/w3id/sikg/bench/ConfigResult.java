package org.w3id.sikg.bench;

import java.util.List;
import java.util.Optional;

/**
 * What was measured for one configuration (a baseline or SIKG) at one scale.
 *
 * @param name {@code B1}, {@code B2}, {@code B3} or {@code SIKG}
 * @param description what the configuration is
 * @param phases the timed phases, in order
 * @param queries the query timings, q1 … q14
 * @param peakHeapBytes peak used heap over the whole configuration (0 if not sampled)
 * @param notes remarks printed with the results (restarts, timeouts, how heap was measured)
 */
public record ConfigResult(String name, String description, List<Phase> phases, List<QueryTiming> queries,
        long peakHeapBytes, List<String> notes) {

    public ConfigResult {
        phases = List.copyOf(phases);
        queries = List.copyOf(queries);
        notes = List.copyOf(notes);
    }

    public Optional<Phase> phase(String phaseName) {
        return phases.stream().filter(p -> p.name().equals(phaseName)).findFirst();
    }

    /** Number of queries whose answer count equals the reference count. */
    public long complete() {
        return queries.stream().filter(QueryTiming::complete).count();
    }

    /** Number of queries that timed out in the cold pass. */
    public long timeouts() {
        return queries.stream().filter(QueryTiming::timedOut).count();
    }

    /** Sum of the warm medians in seconds (cold time for a query with no warm median: a timeout, a lower bound). */
    public double warmTotalSeconds() {
        return queries.stream().mapToDouble(QueryTiming::warmOrColdMillis).sum() / 1000;
    }

    /** Sum of the cold times in seconds (a timeout counts as its timeout, a skipped query as 0: lower bounds). */
    public double coldTotalSeconds() {
        return queries.stream().mapToDouble(q -> q.cold().millis()).filter(Double::isFinite).sum() / 1000;
    }

    /** Number of queries not run because the time budget was used up. */
    public long skipped() {
        return queries.stream().filter(q -> q.cold().status() == QueryOutcome.Status.SKIPPED).count();
    }

    /** Whether the totals are lower bounds because some query did not finish or a warm run failed. */
    public boolean totalsAreLowerBounds() {
        return queries.stream().anyMatch(q -> !q.cold().ok() || (q.warmRounds() > 0 && Double.isNaN(q.warmMedianMillis())));
    }
}
