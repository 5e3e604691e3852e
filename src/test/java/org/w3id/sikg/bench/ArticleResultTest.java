package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class ArticleResultTest {

    /** A synthetic W2 result: 2 questions, 3 launches. */
    static ArticleResult sample() {
        long[] ms = {2_000_000, 3_000_000, 4_000_000, 40_000_000};
        LoadRunner.Result tp = new LoadRunner.Result(8, 10.0, 0, new long[12_000], List.of());
        return new ArticleResult(Optional.empty(), 2, List.of(2.5, 2.1, 2.3), Optional.of(LatencyStats.ofNanos(ms)),
                0, Map.of("cq01-a.rq", 2.5), Optional.of(tp));
    }

    @Test
    void summaryHasTheIssuesKeysFirst() {
        Map<String, String> s = SummaryLine.parse(ArticleSummary.of(sample()).toString());
        assertThat(s).containsEntry("workload", "article").containsEntry("start_s", "2.300")
                .containsEntry("p50_ms", "3.00").containsEntry("p99_ms", "40.00").containsEntry("rps", "1200")
                .containsEntry("cqs", "2").containsEntry("errors", "0").containsEntry("status", "measured");
    }

    @Test
    void reportsCarryTheSameFigures() {
        Environment env = Environment.current();
        ServerWorkloadSettings s = new ServerWorkloadSettings(Path.of("target/sikg.jar"), null, "/kg/sparql", List.of("-Xmx1g"),
                List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), Path.of("target/bench"));
        String md = ArticleReport.markdown(env, s, ArticleWorkload.Plan.defaults(), sample());
        assertThat(md).contains("# SIKG benchmark: article").contains("workload=article start_s=2.300")
                .contains("| cq01-a.rq | 2.50 |").contains("-Xmx1g");
        JsonObject json = JSON.parse(JSON.toString(ArticleReport.toJson(env, sample())));
        assertThat(json.get("summary").getAsObject().get("rps").getAsString().value()).isEqualTo("1200");
        assertThat(json.get("throughput").getAsObject().get("ok").getAsNumber().value().longValue())
                .isEqualTo(12_000);
    }
}
