package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class SummaryLineTest {

    static final List<String> REQUIRED = List.of("workload", "n", "asserted", "closure", "materialise_s", "complete",
            "query_total_s", "mat_vs_b2", "query_vs_b1");

    @Test
    void pairsAreSpaceSeparatedInInsertionOrder() {
        SummaryLine s = new SummaryLine().put("workload", "lubm").put("n", 5)
                .put("materialise_s", OptionalDouble.of(1.23456), 3, false)
                .put("query_vs_b1", OptionalDouble.of(150.04), 1, true)
                .put("mat_vs_b2", OptionalDouble.empty(), 1, false);
        assertThat(s.toString()).isEqualTo("workload=lubm n=5 materialise_s=1.235 query_vs_b1=>150.0 mat_vs_b2=n/a");
        assertThat(SummaryLine.parse(s.toString())).containsExactlyEntriesOf(s.pairs());
    }

    @Test
    void valuesNeverContainSpacesAndKeysAreIdentifiers() {
        assertThatThrownBy(() -> new SummaryLine().put("k", "a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLine().put("k", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLine().put("Bad-Key", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryLine().put("k", "x").put("k", "y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SummaryLine().put("k", OptionalDouble.of(Double.NaN), 1, false).toString()).isEqualTo("k=n/a");
    }

    @Test
    void lubmSummaryStartsWithTheKeysTheIssueRequiresAndComputesRatiosFromTheSameRun() {
        LubmRun run = run(true);
        Map<String, String> s = SummaryLine.parse(LubmSummary.of(run).toString());
        assertThat(List.copyOf(s.keySet()).subList(0, REQUIRED.size())).isEqualTo(REQUIRED);
        assertThat(s).containsEntry("workload", "lubm").containsEntry("n", "1").containsEntry("asserted", "1000")
                .containsEntry("closure", "1800").containsEntry("materialise_s", "0.500")
                .containsEntry("complete", "2/2").containsEntry("query_total_s", "0.030")
                .containsEntry("mat_vs_b2", "40.0")
                .containsEntry("query_vs_b1", ">500.0")
                .containsEntry("max_query_vs_b2", "1.50")
                .containsEntry("explain_overhead_pct", "20.0")
                .containsEntry("b1_timeouts", "1").containsEntry("b1_complete", "1/2")
                .containsEntry("b2_materialise_s", "20.000").containsEntry("sikg", "measured");
    }

    @Test
    void theArticleSummaryHasItsFourFigures() {
        ArticleResult r = ArticleResultTest.sample();
        Map<String, String> s = SummaryLine.parse(ArticleSummary.of(r).toString());
        assertThat(List.copyOf(s.keySet()).subList(0, 5))
                .containsExactly("workload", "start_s", "p50_ms", "p99_ms", "rps");
    }

    /** A synthetic run: B1 (one timeout), B2 and SIKG, two queries. */
    static LubmRun run(boolean withSikg) {
        LubmQuery q1 = new LubmQuery("q1", QueryFactory.create("SELECT * { ?s ?p ?o }"), 4, QueryScaling.PINNED);
        LubmQuery q2 = new LubmQuery("q2", QueryFactory.create("SELECT * { ?s ?p ?o }"), 7, QueryScaling.SCALED);
        ConfigResult b1 = new ConfigResult("B1", "b1", List.of(), List.of(
                timing("q1", QueryOutcome.ok(4, 5000), 5000, 4), timing("q2", QueryOutcome.timeout(10_000), Double.NaN, 7)),
                0, List.of());
        ConfigResult b2 = new ConfigResult("B2", "b2", List.of(new Phase("materialise", 20, 1000, 1800, 0)),
                List.of(timing("q1", QueryOutcome.ok(4, 20), 10, 4), timing("q2", QueryOutcome.ok(7, 20), 10, 7)),
                0, List.of());
        ConfigResult sikg = new ConfigResult("SIKG", "engine", List.of(new Phase("materialise", 0.5, 1000, 1800, 0),
                new Phase("on", 0.6, 1000, 1800, 0), new Phase("warm", 0.4, 1000, 1800, 0),
                new Phase("warm on", 0.48, 1000, 1800, 0)),
                List.of(timing("q1", QueryOutcome.ok(4, 20), 15, 4), timing("q2", QueryOutcome.ok(7, 20), 15, 7)),
                0, List.of());
        List<ConfigResult> configs = withSikg ? List.of(b2, sikg, b1) : List.of(b2, b1);
        return new LubmRun(1, 1000, 300, List.of(q1, q2), configs,
                withSikg ? Optional.empty() : Optional.of(SikgEngine.UNAVAILABLE));
    }

    static QueryTiming timing(String id, QueryOutcome cold, double warm, long expected) {
        return new QueryTiming(id, cold, warm, Double.isNaN(warm) ? 0 : 3, OptionalLong.of(expected));
    }
}
