package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LubmReportTest {

    @TempDir
    Path out;

    private final Environment env = Environment.current();
    private final LubmSettings settings = LubmSettings.defaults(Path.of("lubm"));

    @Test
    void markdownHasTheSummaryTablesAndMarksLowerBoundsAndWrongCounts() {
        String md = LubmReport.markdown(env, settings, List.of(SummaryLineTest.run(true)));
        assertThat(md).contains("## Environment").contains("| cores |").contains(Reports.NOISE_NOTE)
                .contains("## LUBM(1)").contains("query_vs_b1=>500.0")
                .contains("### Configurations").contains("### Phases").contains("### Answer counts")
                .contains("### Query times, ms (cold / warm median)")
                .contains("| B1 | b1 | 1/2 | 1 / 0 | >15.000 | >15.000 |")
                .contains("| q2 | scaled | 7 | 7 | 7 | TIMEOUT |");
    }

    @Test
    void markdownSaysWhenSikgWasNotMeasured() {
        String md = LubmReport.markdown(env, settings, List.of(SummaryLineTest.run(false)));
        assertThat(md).contains("**" + SikgEngine.UNAVAILABLE + ".**").contains("sikg=unavailable");
    }

    @Test
    void jsonHasTheSameFiguresAndNullForWhatWasNotMeasured() {
        JsonObject json = JSON.parse(JSON.toString(LubmJson.of(env, settings, List.of(SummaryLineTest.run(true)))));
        JsonObject run = json.get("runs").getAsArray().get(0).getAsObject();
        assertThat(run.get("summary").getAsObject().get("mat_vs_b2").getAsString().value()).isEqualTo("40.0");
        JsonObject b1 = run.get("configs").getAsArray().get(2).getAsObject();
        assertThat(b1.get("name").getAsString().value()).isEqualTo("B1");
        JsonObject q2 = b1.get("queries").getAsArray().get(1).getAsObject();
        assertThat(q2.get("status").getAsString().value()).isEqualTo("TIMEOUT");
        assertThat(q2.get("warm_median_ms").isNull()).isTrue();
        assertThat(json.get("environment").getAsObject().hasKey("jena")).isTrue();
    }

    @Test
    void writeCreatesBothFiles() throws IOException {
        Path md = Reports.write(out.resolve("bench"), "lubm", "# x\n", Reports.strings("a", "b"));
        assertThat(md).hasFileName("lubm.md").hasContent("# x");
        assertThat(JSON.parse(Files.readString(out.resolve("bench/lubm.json"))).get("a").getAsString().value())
                .isEqualTo("b");
    }

    @Test
    void environmentNamesJvmCoresHeapJenaAndOs() {
        assertThat(env.values()).containsKeys("jvm", "cores", "max_heap", "jena", "os", "time", "sikg");
        assertThat(env.values().get("jena")).startsWith("5.");
        assertThat(env.describe()).contains("cores: " + Runtime.getRuntime().availableProcessors());
    }
}
