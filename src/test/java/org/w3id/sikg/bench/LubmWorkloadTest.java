package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the LUBM workload on the lubm-mini fixture (B2, B3 and the stand-in engine; B1 is in B1ClientTest). */
class LubmWorkloadTest {

    @TempDir
    Path out;

    private LubmSettings settings(StoreKind store) {
        return new LubmSettings(BenchFixtures.lubmMini(), List.of(1), 1, 2, 1, 1, Duration.ofSeconds(30),
                Duration.ofSeconds(60), EnumSet.of(Baseline.B2, Baseline.B3), store, out);
    }

    @Test
    void b2AndTheSikgPathAnswerEveryFixtureQueryCompletelyAtScale1() throws IOException {
        LubmInput input = LubmInput.read(BenchFixtures.lubmMini());
        LubmRun run = new LubmWorkload(settings(StoreKind.TDB2), Optional.of(BenchFixtures.standInEngine()))
                .run(input, 1);
        assertThat(run.configs()).extracting(ConfigResult::name).containsExactly("B3", "B2", "SIKG");
        assertThat(run.config("B2").get().complete()).isEqualTo(14);
        assertThat(run.config("SIKG").get().complete()).isEqualTo(14);
        assertThat(run.config("B3").get().complete()).as("no reasoning").isLessThan(14);
        assertThat(run.sikgNote()).isEmpty();
        ConfigResult sikg = run.config("SIKG").get();
        assertThat(sikg.phases()).extracting(Phase::name).containsExactly("materialise",
                "materialise, derivations on (first)", "materialise (warm median)",
                "materialise, derivations on (warm median)", "store load (TDB2)");
        assertThat(sikg.phase("materialise").get().triplesOut())
                .isEqualTo(run.config("B2").get().phase("materialise").get().triplesOut());
        try (var files = Files.list(out.resolve("stores"))) {
            assertThat(files).as("temporary stores are deleted").isEmpty();
        }
    }

    @Test
    void atScale3ThePinnedAndScaledCountsHoldAndUnknownOnesAreNotJudged() throws IOException {
        LubmInput input = LubmInput.read(BenchFixtures.lubmMini());
        LubmRun run = new LubmWorkload(settings(StoreKind.MEM), Optional.empty()).run(input, 3);
        ConfigResult b2 = run.config("B2").get();
        assertThat(run.asserted()).isEqualTo(3 * input.university0Size());
        assertThat(b2.complete()).isEqualTo(12);
        Map<String, QueryTiming> byId = new java.util.HashMap<>();
        b2.queries().forEach(q -> byId.put(q.id(), q));
        assertThat(byId.get("q3").rows()).isEqualTo(15);
        assertThat(byId.get("q1").rows()).isEqualTo(2);
        assertThat(byId.get("q12").rows()).as("DISTINCT: 3 × 2 here, but not judged").isEqualTo(6);
        assertThat(byId.get("q12").expected()).isEmpty();
        assertThat(run.sikgNote()).contains(SikgEngine.UNAVAILABLE);
    }

    @Test
    void withoutTheEngineTheSummarySaysSoAndInventsNoSikgFigure() throws IOException {
        LubmInput input = LubmInput.read(BenchFixtures.lubmMini());
        LubmRun run = new LubmWorkload(settings(StoreKind.MEM), Optional.empty()).run(input, 1);
        Map<String, String> s = SummaryLine.parse(LubmSummary.of(run).toString());
        for (String key : List.of("closure", "materialise_s", "complete", "query_total_s", "mat_vs_b2",
                "query_vs_b1", "max_query_vs_b2", "explain_overhead_pct")) {
            assertThat(s.get(key)).as(key).isEqualTo(SummaryLine.NA);
        }
        assertThat(s.get("sikg")).isEqualTo("unavailable");
        assertThat(s.get("b2_complete")).isEqualTo("14/14");
        assertThat(s.get("b2_materialise_s")).matches("\\d+\\.\\d{3}");
    }
}
