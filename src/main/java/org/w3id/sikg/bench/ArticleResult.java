package org.w3id.sikg.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What W2 (the article workload) measured, or why it could not.
 *
 * @param unavailable why nothing was measured (e.g. no {@code serve} in this build), or empty
 * @param cqCount number of competency questions sent
 * @param startSeconds time from process start to the first answer, one per measured launch (warm store)
 * @param latency sequential latency of the questions over HTTP, all samples pooled
 * @param latencyErrors failed requests during the sequential latency run
 * @param perCqMedianMillis median latency per question file
 * @param throughput the concurrent run
 */
public record ArticleResult(Optional<String> unavailable, int cqCount, List<Double> startSeconds,
        Optional<LatencyStats> latency, long latencyErrors, Map<String, Double> perCqMedianMillis,
        Optional<LoadRunner.Result> throughput) {

    public ArticleResult {
        startSeconds = List.copyOf(startSeconds);
        perCqMedianMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perCqMedianMillis));
    }

    /** A result saying why the workload could not run. */
    public static ArticleResult unavailable(String why) {
        return new ArticleResult(Optional.of(why), 0, List.of(), Optional.empty(), 0, Map.of(), Optional.empty());
    }

    /** Median of the measured launches' start times, NaN if none. */
    public double medianStartSeconds() {
        return QueryTimer.median(startSeconds);
    }
}
