package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class QueryTimerTest {

    private static LubmQuery query(String id, long ref) {
        return new LubmQuery(id, QueryFactory.create("SELECT * { ?s ?p ?o }"), ref, QueryScaling.SCALED);
    }

    @Test
    void coldThenWarmupThenMeasuredRoundsWithTheMedian() {
        double[] times = {100, 9, 9, 5, 7, 6};
        int[] calls = {0};
        QueryExecutor ex = q -> QueryOutcome.ok(3, times[calls[0]++]);
        List<QueryTiming> t = new QueryTimer(2, 3).measure("T", ex, List.of(query("q1", 3)), 1);
        assertThat(calls[0]).isEqualTo(6);
        assertThat(t.get(0).cold().millis()).isEqualTo(100);
        assertThat(t.get(0).warmMedianMillis()).isEqualTo(6);
        assertThat(t.get(0).warmRounds()).isEqualTo(3);
        assertThat(t.get(0).complete()).isTrue();
    }

    @Test
    void aQueryThatTimesOutColdIsNotRunAgain() {
        List<String> calls = new ArrayList<>();
        QueryExecutor ex = q -> {
            calls.add(q.id());
            return q.id().equals("q2") ? QueryOutcome.timeout(50) : QueryOutcome.ok(1, 1);
        };
        List<QueryTiming> t = new QueryTimer(1, 2).measure("T", ex, List.of(query("q1", 1), query("q2", 1)), 1);
        assertThat(calls).containsExactly("q1", "q2", "q1", "q1", "q1");
        assertThat(t.get(1).timedOut()).isTrue();
        assertThat(t.get(1).complete()).isFalse();
        assertThat(Double.isNaN(t.get(1).warmMedianMillis())).isTrue();
        assertThat(t.get(1).warmOrColdMillis()).isEqualTo(50);
    }

    @Test
    void aUsedUpBudgetSkipsTheRest() {
        QueryExecutor ex = q -> {
            sleep(30);
            return QueryOutcome.ok(1, 30);
        };
        List<QueryTiming> t = new QueryTimer(0, 5, Duration.ofMillis(10))
                .measure("T", ex, List.of(query("q1", 1), query("q2", 1)), 1);
        assertThat(t.get(0).cold().ok()).isTrue();
        assertThat(t.get(0).warmRounds()).isZero();
        assertThat(t.get(1).cold().status()).isEqualTo(QueryOutcome.Status.SKIPPED);
        ConfigResult c = new ConfigResult("B1", "x", List.of(), t, 0, List.of());
        assertThat(c.skipped()).isEqualTo(1);
        assertThat(c.totalsAreLowerBounds()).isTrue();
        assertThat(c.warmTotalSeconds()).isEqualTo(0.030);
    }

    @Test
    void wrongCountsAreIncomplete() {
        QueryExecutor ex = q -> QueryOutcome.ok(2, 1);
        List<QueryTiming> t = new QueryTimer(0, 1).measure("T", ex, List.of(query("q1", 1)), 2);
        assertThat(t.get(0).expected().getAsLong()).isEqualTo(2);
        assertThat(t.get(0).complete()).isTrue();
        t = new QueryTimer(0, 1).measure("T", ex, List.of(query("q1", 1)), 1);
        assertThat(t.get(0).complete()).isFalse();
    }

    @Test
    void warmPassesAreInterleavedAcrossConfigurationsWithRotatingOrder() {
        List<String> calls = new ArrayList<>();
        Map<String, QueryExecutor> configs = new LinkedHashMap<>();
        configs.put("A", q -> {
            calls.add("A" + q.id());
            return QueryOutcome.ok(1, 1);
        });
        configs.put("B", q -> {
            calls.add("B" + q.id());
            return QueryOutcome.ok(1, 2);
        });
        Map<String, List<QueryTiming>> t = new QueryTimer(0, 2).measure(configs, List.of(query("q1", 1)), 1);
        assertThat(calls).containsExactly("Aq1", "Bq1", "Aq1", "Bq1", "Bq1", "Aq1");
        assertThat(t.get("A").get(0).warmMedianMillis()).isEqualTo(1);
        assertThat(t.get("B").get(0).warmMedianMillis()).isEqualTo(2);
    }

    @Test
    void median() {
        assertThat(QueryTimer.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(QueryTimer.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(QueryTimer.median(List.of())).isNaN();
        assertThat(QueryTimer.median(List.of(1.0, Double.NaN))).isNaN();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
