package org.w3id.sikg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The query harness. For each configuration, one cold pass over the queries (the first executions in a freshly
 * opened store); then {@code warmup} unmeasured and {@code rounds} measured warm passes. Warm passes are interleaved
 * across configurations (pass p runs every configuration, starting with configuration p mod k), so that a change in
 * machine load during the run hits all configurations alike instead of biasing the later ones; within a pass the
 * queries run in order q1 … q14 rather than one query repeated. A query's warm time is the median of its measured
 * executions. A query that fails or times out in the cold pass is not run again: its cold outcome stands and it has
 * no warm time. An optional budget bounds the whole measurement: once used up no further query starts (the rest of
 * the cold pass is {@code SKIPPED}; warm medians are taken over the rounds that ran).
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

    /** Measures one configuration; {@code n} is the LUBM scale (for the expected counts). */
    public List<QueryTiming> measure(String config, QueryExecutor executor, List<LubmQuery> queries, int n) {
        return measure(Map.of(config, executor), queries, n).get(config);
    }

    /** Measures several configurations with interleaved warm passes; the map's order is the cold-pass order. */
    public Map<String, List<QueryTiming>> measure(Map<String, QueryExecutor> configs, List<LubmQuery> queries,
            int n) {
        long deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
        List<String> names = new ArrayList<>(configs.keySet());
        Map<String, Map<LubmQuery, QueryOutcome>> cold = new LinkedHashMap<>();
        Map<String, Map<LubmQuery, List<Double>>> warm = new LinkedHashMap<>();
        for (String c : names) {
            cold.put(c, coldPass(c, configs.get(c), queries, deadline));
            Map<LubmQuery, List<Double>> w = new LinkedHashMap<>();
            queries.forEach(q -> w.put(q, new ArrayList<>()));
            warm.put(c, w);
        }
        for (int pass = 0; pass < warmup + rounds && System.nanoTime() < deadline; pass++) {
            for (int i = 0; i < names.size(); i++) {
                String c = names.get((pass + i) % names.size());
                warmPass(configs.get(c), queries, cold.get(c), pass >= warmup ? warm.get(c) : null, deadline);
            }
        }
        if (System.nanoTime() >= deadline) {
            LOG.warn("{}: time budget of {} s used up; later passes did not run", names, budget.toSeconds());
        }
        Map<String, List<QueryTiming>> out = new LinkedHashMap<>();
        for (String c : names) {
            List<QueryTiming> timings = new ArrayList<>();
            cold.get(c).forEach((q, o) -> timings.add(new QueryTiming(q.id(), o, median(warm.get(c).get(q)),
                    warm.get(c).get(q).size(), q.expected(n))));
            out.put(c, timings);
        }
        return out;
    }

    private static Map<LubmQuery, QueryOutcome> coldPass(String config, QueryExecutor executor,
            List<LubmQuery> queries, long deadline) {
        Map<LubmQuery, QueryOutcome> cold = new LinkedHashMap<>();
        for (LubmQuery q : queries) {
            QueryOutcome o = System.nanoTime() < deadline ? executor.run(q) : QueryOutcome.skipped();
            LOG.info("{} {} cold: {} rows, {} ms {}", config, q.id(), o.rows(), Math.round(o.millis()), o.detail());
            cold.put(q, o);
        }
        return cold;
    }

    /** One warm pass; records the times into {@code record} unless it is null (warm-up). */
    private static void warmPass(QueryExecutor executor, List<LubmQuery> queries, Map<LubmQuery, QueryOutcome> cold,
            Map<LubmQuery, List<Double>> record, long deadline) {
        for (LubmQuery q : queries) {
            if (!cold.get(q).ok() || System.nanoTime() >= deadline) {
                continue;
            }
            QueryOutcome o = executor.run(q);
            if (record != null) {
                record.get(q).add(o.ok() ? o.millis() : Double.NaN);
            }
        }
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
