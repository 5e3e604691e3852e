package org.w3id.sikg.bench;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The summary line of one LUBM(N) run. The keys the issue requires come first, all about SIKG:
 * {@code workload n asserted closure materialise_s complete query_total_s mat_vs_b2 query_vs_b1}
 * ({@code *_vs_*} = baseline time ÷ SIKG time, same run), then {@code max_query_vs_b2} (the worst per-query ratio
 * SIKG ÷ B2-closure, target ≤ 1.2), {@code explain_overhead_pct}, {@code materialise_warm_s} (second run without
 * derivations, JIT warm), {@code materialise_heap_mib} (sampled peak), then the baselines' own figures
 * ({@code b1_* b2_* b3_*}) and {@code sikg=measured|unavailable}.
 */
public final class LubmSummary {

    private LubmSummary() {
    }

    public static SummaryLine of(LubmRun run) {
        Optional<ConfigResult> sikg = run.config("SIKG");
        Optional<ConfigResult> b1 = run.config("B1");
        Optional<ConfigResult> b2 = run.config("B2");
        Optional<ConfigResult> b3 = run.config("B3");
        OptionalDouble sikgMat = materialise(sikg);
        OptionalDouble sikgQuery = warmTotal(sikg);
        SummaryLine line = new SummaryLine().put("workload", "lubm").put("n", run.n()).put("asserted", run.asserted());
        line.put("closure", sikg.flatMap(c -> c.phase(SikgConfig.MATERIALISE)).map(p -> Long.toString(p.triplesOut()))
                .orElse(SummaryLine.NA));
        line.put("materialise_s", sikgMat, 3, false);
        line.put("complete", sikg.map(c -> c.complete() + "/" + c.queries().size()).orElse(SummaryLine.NA));
        line.put("query_total_s", sikgQuery, 3, sikg.map(ConfigResult::totalsAreLowerBounds).orElse(false));
        line.put("mat_vs_b2", ratio(materialise(b2), sikgMat), 1, false);
        line.put("query_vs_b1", ratio(warmTotal(b1), sikgQuery), 1, lowerBound(b1));
        line.put("max_query_vs_b2", maxPerQueryRatio(sikg, b2), 2, false);
        line.put("explain_overhead_pct", sikg.filter(c -> c.phases().size() >= 4)
                .map(c -> OptionalDouble.of(SikgConfig.explanationOverheadPercent(c.phases())))
                .orElse(OptionalDouble.empty()), 1, false);
        line.put("materialise_warm_s", sikg.flatMap(c -> c.phase(SikgConfig.MATERIALISE_WARM))
                .map(p -> OptionalDouble.of(p.seconds())).orElse(OptionalDouble.empty()), 3, false);
        line.put("materialise_heap_mib", heapMib(sikg));
        baseline(line, "b1", b1);
        line.put("b2_materialise_s", materialise(b2), 3, false);
        line.put("b2_materialise_heap_mib", heapMib(b2));
        line.put("b2_closure", b2.flatMap(c -> c.phase(SikgConfig.MATERIALISE))
                .map(p -> Long.toString(p.triplesOut())).orElse(SummaryLine.NA));
        baseline(line, "b2", b2);
        baseline(line, "b3", b3);
        return line.put("sikg", sikg.isPresent() ? "measured" : "unavailable");
    }

    private static void baseline(SummaryLine line, String prefix, Optional<ConfigResult> c) {
        line.put(prefix + "_query_total_s", warmTotal(c), 3, lowerBound(c));
        line.put(prefix + "_complete", c.map(r -> r.complete() + "/" + r.queries().size()).orElse(SummaryLine.NA));
        if (prefix.equals("b1")) {
            line.put("b1_timeouts", c.map(r -> Long.toString(r.timeouts())).orElse(SummaryLine.NA));
        }
    }

    private static String heapMib(Optional<ConfigResult> c) {
        return c.flatMap(r -> r.phase(SikgConfig.MATERIALISE)).filter(p -> p.peakHeapBytes() > 0)
                .map(p -> Long.toString(p.peakHeapBytes() >> 20)).orElse(SummaryLine.NA);
    }

    private static boolean lowerBound(Optional<ConfigResult> c) {
        return c.map(ConfigResult::totalsAreLowerBounds).orElse(false);
    }

    private static OptionalDouble materialise(Optional<ConfigResult> c) {
        return c.flatMap(r -> r.phase(SikgConfig.MATERIALISE)).map(p -> OptionalDouble.of(p.seconds()))
                .orElse(OptionalDouble.empty());
    }

    private static OptionalDouble warmTotal(Optional<ConfigResult> c) {
        return c.map(r -> OptionalDouble.of(r.warmTotalSeconds())).orElse(OptionalDouble.empty());
    }

    /** numerator ÷ denominator when both were measured and the denominator is positive. */
    static OptionalDouble ratio(OptionalDouble numerator, OptionalDouble denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(numerator.getAsDouble() / denominator.getAsDouble());
    }

    /** The largest SIKG ÷ B2 warm-median ratio over the queries both answered. */
    static OptionalDouble maxPerQueryRatio(Optional<ConfigResult> sikg, Optional<ConfigResult> b2) {
        if (sikg.isEmpty() || b2.isEmpty()) {
            return OptionalDouble.empty();
        }
        List<QueryTiming> s = sikg.get().queries();
        List<QueryTiming> b = b2.get().queries();
        OptionalDouble max = OptionalDouble.empty();
        for (int i = 0; i < Math.min(s.size(), b.size()); i++) {
            double r = s.get(i).warmMedianMillis() / b.get(i).warmMedianMillis();
            if (Double.isFinite(r) && (max.isEmpty() || r > max.getAsDouble())) {
                max = OptionalDouble.of(r);
            }
        }
        return max;
    }
}
