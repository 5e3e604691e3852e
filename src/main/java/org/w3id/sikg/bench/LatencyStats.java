package org.w3id.sikg.bench;

import java.util.Arrays;

/**
 * Latency percentiles of a set of request times (nearest-rank method: the p-th percentile is the smallest sample
 * with at least p % of the samples at or below it).
 *
 * @param count number of samples
 * @param p50Millis median
 * @param p99Millis 99th percentile
 * @param maxMillis slowest sample
 * @param meanMillis arithmetic mean
 */
public record LatencyStats(int count, double p50Millis, double p99Millis, double maxMillis, double meanMillis) {

    /** Statistics of the samples, in nanoseconds; all NaN when there are none. */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6;
        return new LatencyStats(sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6,
                sorted[sorted.length - 1] / 1e6, mean);
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
