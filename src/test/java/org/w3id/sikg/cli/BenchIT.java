package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.bench.SummaryLine;

/**
 * The benchmark commands of docs/benchmark.md against the packaged jar, on the small lubm-mini fixture (never
 * ../shared): the shaded jar runs every configuration, including B1's child JVM started from the jar. No timing is
 * asserted, only that the runs complete and report what they measured.
 */
class BenchIT {

    @TempDir
    Path out;

    record Run(int exit, List<String> out, String err) {
    }

    private static Run sikg(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sikg.jar", "target/sikg.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        byte[] err = p.getErrorStream().readAllBytes();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), stdout.lines().toList(), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void lubmRunsEveryBaselineFromTheJarAndEndsWithTheSummaryLine() throws Exception {
        Path mini = Path.of("target", "test-classes", "bench", "lubm-mini");
        Run r = sikg("bench", "lubm", "--lubm", mini.toString(), "--scale", "2", "--warmup", "0", "--rounds", "1",
                "--b1-rounds", "1", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, String> s = SummaryLine.parse(r.out().get(r.out().size() - 1));
        assertThat(s).containsEntry("workload", "lubm").containsEntry("n", "2")
                .containsEntry("b1_complete", "12/14").containsEntry("b2_complete", "12/14")
                .containsEntry("b1_timeouts", "0");
        assertThat(s.get("sikg")).isIn("measured", "unavailable");
        assertThat(Files.readString(out.resolve("lubm.md"))).contains("## LUBM(2)");
        assertThat(out.resolve("lubm.json")).exists();
    }

    @Test
    void articleEitherMeasuresOrSaysWhatIsMissing() throws Exception {
        Run r = sikg("bench", "article", "--jar", System.getProperty("sikg.jar", "target/sikg.jar"), "--launches", "1",
                "--rounds", "2", "--duration", "2", "--start-timeout", "60", "--out", out.toString());
        Map<String, String> s = SummaryLine.parse(r.out().get(r.out().size() - 1));
        assertThat(s).containsKeys("workload", "start_s", "p50_ms", "p99_ms", "rps");
        if (s.get("status").equals("unavailable")) {
            assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
            assertThat(r.err()).contains("BENCH-002");
            assertThat(s.get("start_s")).isEqualTo(SummaryLine.NA);
        } else {
            assertThat(r.exit()).as(r.err()).isZero();
        }
        assertThat(out.resolve("article.md")).exists();
    }
}
