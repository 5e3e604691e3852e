package org.w3id.sikg.bench;

import static org.w3id.sikg.bench.Reports.num;
import static org.w3id.sikg.bench.Reports.row;

import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.jena.atlas.json.JsonObject;

/** Summary line, Markdown and JSON of the load test ({@code target/bench/load.md}, {@code .json}). */
public final class LoadTestReport {

    private LoadTestReport() {
    }

    /** {@code workload=load clients duration_s requests errors p50_ms p99_ms rps heap_before_mib heap_after_mib pages status}. */
    public static SummaryLine summary(LoadTestResult r) {
        Optional<LoadRunner.Result> run = r.run();
        SummaryLine line = new SummaryLine().put("workload", "load");
        line.put("clients", run.map(x -> Integer.toString(x.clients())).orElse(SummaryLine.NA));
        line.put("duration_s", run.map(x -> OptionalDouble.of(x.seconds())).orElse(OptionalDouble.empty()), 1, false);
        line.put("requests", run.map(x -> Long.toString(x.ok() + x.errors())).orElse(SummaryLine.NA));
        line.put("errors", run.map(x -> Long.toString(x.errors())).orElse(SummaryLine.NA));
        line.put("p50_ms", run.map(x -> ArticleSummary.opt(x.latency().p50Millis())).orElse(OptionalDouble.empty()),
                2, false);
        line.put("p99_ms", run.map(x -> ArticleSummary.opt(x.latency().p99Millis())).orElse(OptionalDouble.empty()),
                2, false);
        line.put("rps", run.map(x -> ArticleSummary.opt(x.rps())).orElse(OptionalDouble.empty()), 0, false);
        line.put("heap_before_mib", r.heapBeforeBytes().map(b -> Long.toString(b >> 20)).orElse(SummaryLine.NA));
        line.put("heap_after_mib", r.heapAfterBytes().map(b -> Long.toString(b >> 20)).orElse(SummaryLine.NA));
        line.put("pages", r.unavailable().isPresent() || r.pagesNote().isPresent() ? SummaryLine.NA
                : Integer.toString(r.pageCount()));
        return line.put("status", r.unavailable().isPresent() ? "unavailable" : "measured");
    }

    public static String markdown(Environment env, ServerWorkloadSettings s, LoadTestWorkload.Plan plan, LoadTestResult r) {
        StringBuilder sb = new StringBuilder("# SIKG load test (issue 8)\n\n");
        sb.append("Written by `sikg bench load`; how it is measured: docs/benchmark.md.\n\n");
        sb.append(Reports.environment(env)).append("Plan: ").append(plan).append(", endpoint `")
                .append(s.endpoint()).append("`.\n\n");
        sb.append("Summary line:\n\n```\n").append(summary(r)).append("\n```\n\n");
        if (r.unavailable().isPresent()) {
            return sb.append("**Not measured: ").append(r.unavailable().get()).append(".**\n").toString();
        }
        r.pagesNote().ifPresent(n -> sb.append("**").append(n).append(".**\n\n"));
        LoadRunner.Result run = r.run().orElseThrow();
        sb.append(row("figure", "value")).append("|---|---|\n")
                .append(row("mix", r.cqCount() + " competency questions + " + r.pageCount() + " resource pages"))
                .append(row("start to first answer, s", num(r.startSeconds(), 3)))
                .append(row("requests ok / errors", run.ok() + " / " + run.errors()))
                .append(row("latency p50 / p99 / max ms", num(run.latency().p50Millis(), 2) + " / "
                        + num(run.latency().p99Millis(), 2) + " / " + num(run.latency().maxMillis(), 2)))
                .append(row("throughput, requests/s", num(run.rps(), 0)))
                .append(row("server live heap before / after (jcmd, after full GC)",
                        r.heapBeforeBytes().map(Reports::mib).orElse("not measured") + " / "
                                + r.heapAfterBytes().map(Reports::mib).orElse("not measured")));
        run.firstErrors().forEach(e -> sb.append("- error: ").append(e).append('\n'));
        return sb.toString();
    }

    public static JsonObject toJson(Environment env, LoadTestResult r) {
        JsonObject o = Reports.strings("workload", "load");
        o.put("environment", Reports.environmentJson(env));
        JsonObject summary = new JsonObject();
        summary(r).pairs().forEach(summary::put);
        o.put("summary", summary);
        r.unavailable().ifPresent(u -> o.put("unavailable", u));
        r.pagesNote().ifPresent(u -> o.put("pages_note", u));
        o.put("start_s", Reports.json(r.startSeconds()));
        o.put("cqs", r.cqCount());
        o.put("pages", r.pageCount());
        r.run().ifPresent(run -> o.put("run", ArticleReport.throughput(run)));
        r.heapBeforeBytes().ifPresent(b -> o.put("heap_before_bytes", b));
        r.heapAfterBytes().ifPresent(b -> o.put("heap_after_bytes", b));
        return o;
    }
}
