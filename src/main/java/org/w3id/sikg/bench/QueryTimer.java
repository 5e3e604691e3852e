package org.w3id.sikg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query harness: one cold pass over the queries (first execution in a freshly opened store), then
 * {@code warmup} unmeasured passes, then {@code rounds} measured passes; each query's warm time is the median of its
 * measured executions. Passes run the queries in order q1 … q14 (interleaved rather than one query repeated, so a
 * query's caches do not flatter its next run more than a real mix would). A query that fails or times out in the
 * cold pass is not run again: its cold outcome stands and it has no warm time. An optional budget bounds the whole
 * measurement: once used up, no further query starts (the rest of the cold pass is {@code SKIPPED}, warm medians are
 * taken over the rounds that ran).
 */
public final class QueryTimer {

    private static final Logger LOG = LoggerFactory.getLogger(QueryTimer.class);

    private final int warmup;
    private final int rounds;
    private final Duration budget;

    /** A timer without a time budget. */
    public QueryTimer(int warmup, int rounds) {
        this(warmup, rounds, null);
    }

    /** A timer that starts no query after {@code budget} (null: no budget). */
    public QueryTimer(int warmup, int rounds, Duration budget) {
        if (warmup < 0 || rounds < 0) {
            throw new IllegalArgumentException("warm-up and rounds must be non-negative");
        }
        this.warmup = warmup;
        this.rounds = rounds;
        this.budget = budget;
    }

    /** Measures every query on one configuration; {@code n} is the LUBM scale (for the expected counts). */
    public List<QueryTiming> measure(String config, QueryExecutor executor, List<LubmQuery> queries, int n) {
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        Map<LubmQuery, QueryOutcome> cold = new LinkedHashMap<>();
        for (LubmQuery q : queries) {
            QueryOutcome o = System.nanoTime() < deadline ? executor.run(q) : QueryOutcome.skipped();
            LOG.info("{} {} cold: {} rows, {} ms {}", config, q.id(), o.rows(), Math.round(o.millis()), o.detail());
            cold.put(q, o);
        }
        Map<LubmQuery, List<Double>> warm = new LinkedHashMap<>();
        cold.forEach((q, o) -> warm.put(q, new ArrayList<>()));
        for (int pass = 0; pass < warmup + rounds && System.nanoTime() < deadline; pass++) {
            for (LubmQuery q : queries) {
                if (!cold.get(q).ok() || System.nanoTime() >= deadline) {
                    continue;
                }
                QueryOutcome o = executor.run(q);
                if (pass >= warmup) {
                    warm.get(q).add(o.ok() ? o.millis() : Double.NaN);
                }
            }
        }
        if (System.nanoTime() >= deadline) {
            LOG.warn("{}: time budget of {} s used up; later passes did not run", config, budget.toSeconds());
        }
        List<QueryTiming> out = new ArrayList<>();
        cold.forEach((q, o) -> out.add(new QueryTiming(q.id(), o, median(warm.get(q)), warm.get(q).size(),
                q.expected(n))));
        return out;
    }

    /** Median of the values (NaN if there are none or any is NaN, i.e. a warm run failed). */
    public static double median(List<Double> values) {
        if (values.isEmpty() || values.stream().anyMatch(v -> v.isNaN())) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = v.length / 2;
        return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
    }
}
