package org.w3id.sikg.bench;

import static org.w3id.sikg.bench.Reports.num;
import static org.w3id.sikg.bench.Reports.row;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The Markdown and JSON reports of W2 ({@code target/bench/article.md}, {@code .json}). */
public final class ArticleReport {

    private ArticleReport() {
    }

    public static String markdown(Environment env, ServerWorkloadSettings s, ArticleWorkload.Plan plan, ArticleResult r) {
        StringBuilder sb = new StringBuilder("# SIKG benchmark: article (W2)\n\n");
        sb.append("Written by `sikg bench article`; how it is measured: docs/benchmark.md.\n\n");
        sb.append(Reports.environment(env));
        sb.append("Server: `java ").append(String.join(" ", s.jvmArgs())).append(" -jar ").append(s.jar())
                .append(" serve --port <free> ").append(String.join(" ", s.serveArgs())).append("`, endpoint `")
                .append(s.endpoint()).append("`. Plan: ").append(plan).append(".\n\n");
        sb.append("Summary line:\n\n```\n").append(ArticleSummary.of(r)).append("\n```\n\n");
        if (r.unavailable().isPresent()) {
            return sb.append("**Not measured: ").append(r.unavailable().get()).append(".**\n").toString();
        }
        sb.append(row("figure", "value")).append("|---|---|\n");
        sb.append(row("start to first answer, s (each launch)", r.startSeconds().stream()
                .map(x -> num(x, 3)).toList()));
        r.latency().ifPresent(l -> sb.append(row("latency p50 / p99 / max ms (sequential, " + l.count() + " requests)",
                num(l.p50Millis(), 2) + " / " + num(l.p99Millis(), 2) + " / " + num(l.maxMillis(), 2))));
        sb.append(row("failed requests (sequential)", r.latencyErrors()));
        r.throughput().ifPresent(t -> sb.append(row("throughput, requests/s (" + t.clients() + " clients, "
                + num(t.seconds(), 1) + " s)", num(t.rps(), 0) + " (" + t.ok() + " ok, " + t.errors() + " errors)"))
                .append(row("latency p50 / p99 ms under load", num(t.latency().p50Millis(), 2) + " / "
                        + num(t.latency().p99Millis(), 2))));
        sb.append("\n### Median latency per question\n\n").append(row("question", "median ms")).append("|---|---|\n");
        r.perCqMedianMillis().forEach((k, v) -> sb.append(row(k, num(v, 2))));
        r.throughput().ifPresent(t -> t.firstErrors().forEach(e -> sb.append("- error: ").append(e).append('\n')));
        return sb.toString();
    }

    public static JsonObject toJson(Environment env, ArticleResult r) {
        JsonObject o = Reports.strings("workload", "article");
        o.put("environment", Reports.environmentJson(env));
        JsonObject summary = new JsonObject();
        ArticleSummary.of(r).pairs().forEach(summary::put);
        o.put("summary", summary);
        r.unavailable().ifPresent(u -> o.put("unavailable", u));
        JsonArray starts = new JsonArray();
        r.startSeconds().forEach(x -> starts.add(Reports.json(x)));
        o.put("start_seconds", starts);
        r.latency().ifPresent(l -> o.put("latency", latency(l)));
        o.put("latency_errors", r.latencyErrors());
        JsonObject perCq = new JsonObject();
        r.perCqMedianMillis().forEach((k, v) -> perCq.put(k, Reports.json(v)));
        o.put("per_cq_median_ms", perCq);
        r.throughput().ifPresent(t -> o.put("throughput", throughput(t)));
        return o;
    }

    static JsonObject latency(LatencyStats l) {
        JsonObject o = new JsonObject();
        o.put("count", l.count());
        o.put("p50_ms", Reports.json(l.p50Millis()));
        o.put("p99_ms", Reports.json(l.p99Millis()));
        o.put("max_ms", Reports.json(l.maxMillis()));
        o.put("mean_ms", Reports.json(l.meanMillis()));
        return o;
    }

    static JsonObject throughput(LoadRunner.Result t) {
        JsonObject o = new JsonObject();
        o.put("clients", t.clients());
        o.put("seconds", Reports.json(t.seconds()));
        o.put("ok", t.ok());
        o.put("errors", t.errors());
        o.put("rps", Reports.json(t.rps()));
        o.put("latency", latency(t.latency()));
        JsonArray errs = new JsonArray();
        t.firstErrors().forEach(errs::add);
        o.put("first_errors", errs);
        return o;
    }
}
