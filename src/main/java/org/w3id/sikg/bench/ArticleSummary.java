package org.w3id.sikg.bench;

import java.util.OptionalDouble;

/**
 * The summary line of W2: {@code workload=article start_s p50_ms p99_ms rps} (the keys the issue requires), then
 * {@code cqs clients errors status}. p50/p99 are over the sequential latency run, rps over the concurrent run.
 */
public final class ArticleSummary {

    private ArticleSummary() {
    }

    public static SummaryLine of(ArticleResult r) {
        SummaryLine line = new SummaryLine().put("workload", "article");
        line.put("start_s", opt(r.medianStartSeconds()), 3, false);
        line.put("p50_ms", r.latency().map(l -> OptionalDouble.of(l.p50Millis())).orElse(OptionalDouble.empty()), 2,
                false);
        line.put("p99_ms", r.latency().map(l -> OptionalDouble.of(l.p99Millis())).orElse(OptionalDouble.empty()), 2,
                false);
        line.put("rps", r.throughput().map(t -> OptionalDouble.of(t.rps())).orElse(OptionalDouble.empty()), 0, false);
        line.put("cqs", r.unavailable().isPresent() ? SummaryLine.NA : Integer.toString(r.cqCount()));
        line.put("clients", r.throughput().map(t -> Integer.toString(t.clients())).orElse(SummaryLine.NA));
        line.put("errors", r.throughput().map(t -> Long.toString(t.errors() + r.latencyErrors()))
                .orElse(SummaryLine.NA));
        return line.put("status", r.unavailable().isPresent() ? "unavailable" : "measured");
    }

    static OptionalDouble opt(double v) {
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }
}
