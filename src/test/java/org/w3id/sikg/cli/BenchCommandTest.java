package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.bench.SummaryLine;

class BenchCommandTest {

    @TempDir
    Path out;

    private static String mini() throws URISyntaxException {
        return Path.of(BenchCommandTest.class.getResource("/bench/lubm-mini/univ-bench.ttl").toURI()).getParent()
                .toString();
    }

    @Test
    void benchListsItsWorkloadsButNotTheWorker() {
        MainTest.Result r = MainTest.run("bench", "--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("lubm").contains("article").contains("load").contains("alliance")
                .doesNotContain("b1-worker");
        assertThat(MainTest.run("--help").out()).contains("bench");
    }

    @Test
    void aMissingLubmDirectoryIsAUserError() {
        MainTest.Result r = MainTest.run("bench", "lubm", "--lubm", out.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("CLI-002").doesNotContain("Exception");
    }

    @Test
    void badOptionValuesAreUsageErrors() throws URISyntaxException {
        assertThat(MainTest.run("bench", "lubm", "--lubm", mini(), "--baselines", "b9").exit())
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(MainTest.run("bench", "lubm", "--lubm", mini(), "--scale", "0").exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(MainTest.run("bench", "lubm", "--store", "disk").exit()).isEqualTo(Main.EXIT_USAGE);
    }

    @Test
    void lubmPrintsTheEnvironmentWritesReportsAndEndsWithTheSummaryLine() throws Exception {
        MainTest.Result r = MainTest.run("bench", "lubm", "--lubm", mini(), "--baselines", "b2,b3", "--store", "mem",
                "--warmup", "0", "--rounds", "1", "--scale", "1,2", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("time: ");
        assertThat(r.out()).contains("cores: ").contains("max_heap: ").contains("jena: ").contains("os: ")
                .doesNotContain("note: SIKG engine not available in this build");
        Map<String, String> last = SummaryLine.parse(lines.get(lines.size() - 1));
        Map<String, String> first = SummaryLine.parse(lines.get(lines.size() - 2));
        assertThat(first).containsEntry("workload", "lubm").containsEntry("n", "1");
        assertThat(last).containsEntry("n", "2").containsEntry("b2_complete", "12/14").containsEntry("sikg", "measured");
        assertThat(Files.readString(out.resolve("lubm.md"))).contains("## LUBM(1)").contains("## LUBM(2)");
        assertThat(out.resolve("lubm.json")).exists();
    }

    @Test
    void articleWithoutAJarSaysWhatIsMissing() {
        MainTest.Result r = MainTest.run("bench", "article", "--jar", out.resolve("none.jar").toString(), "--out",
                out.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("BENCH-002").contains("no jar at");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).startsWith("workload=article start_s=n/a");
        assertThat(out.resolve("article.md")).exists();
    }
}
