package org.w3id.sikg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Settings of the LUBM workload.
 *
 * @param lubmDir the LUBM input directory; default {@link #DEFAULT_LUBM}
 * @param scales the values of N to run, each a separate LUBM(N) run; default {@code [1]}
 * @param warmup unmeasured warm-up passes over the 14 queries after the cold pass; default 2
 * @param rounds measured warm passes (median per query); default 5
 * @param b1Rounds measured warm passes for B1, whose passes take tens of seconds; default 2 (no warm-up: the cold
 *        pass warms it)
 * @param matRounds warm materialisation rounds of SIKG (each with and without derivations; medians); default 3
 * @param timeout per-query timeout (B1: the child JVM is killed); default 60 s
 * @param b1Budget wall-clock budget of B1's query passes: no B1 query starts after it (so B1 ends within budget +
 *        timeout); default 150 s, which keeps {@code bench lubm --scale 1} under 5 minutes on 2 cores
 * @param baselines the baselines to run; default all three
 * @param store the kind of store the stored configurations are queried from; default TDB2
 * @param outDir where the reports and temporary stores go; default {@code target/bench}
 */
public record LubmSettings(Path lubmDir, List<Integer> scales, int warmup, int rounds, int b1Rounds,
        int matRounds, Duration timeout, Duration b1Budget, Set<Baseline> baselines, StoreKind store, Path outDir) {

    public static final Path DEFAULT_LUBM = Path.of("..", "shared", "external", "lubm");
    public static final Path DEFAULT_OUT = Path.of("target", "bench");
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_B1_BUDGET = Duration.ofSeconds(150);

    public LubmSettings {
        scales = List.copyOf(scales);
        baselines = baselines.isEmpty() ? EnumSet.noneOf(Baseline.class) : EnumSet.copyOf(baselines);
        if (scales.isEmpty() || scales.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("scales must be positive integers, got " + scales);
        }
        if (warmup < 0 || rounds < 1 || b1Rounds < 0 || matRounds < 1 || timeout.isNegative() || timeout.isZero()
                || b1Budget.isNegative()) {
            throw new IllegalArgumentException(
                    "warm-up and B1 rounds must be >= 0, rounds and materialisation rounds >= 1, timeout > 0,"
                            + " B1 budget >= 0");
        }
    }

    /** The defaults, reading LUBM from {@code lubmDir}. */
    public static LubmSettings defaults(Path lubmDir) {
        return new LubmSettings(lubmDir, List.of(1), 2, 5, 2, 3, DEFAULT_TIMEOUT, DEFAULT_B1_BUDGET, EnumSet.allOf(Baseline.class),
                StoreKind.TDB2, DEFAULT_OUT);
    }
}
