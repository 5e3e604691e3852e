package org.w3id.sikg.cli;

import java.util.Locale;

import org.w3id.sikg.bench.Baseline;
import org.w3id.sikg.bench.StoreKind;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sikg bench <workload>}: the rerunnable benchmark of issue 7. Each workload writes
 * {@code target/bench/<workload>.md} and {@code .json}, prints the environment, and ends with one summary line per
 * run. See docs/benchmark.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark SIKG against Jena's own reasoners (see docs/benchmark.md).",
            "Writes target/bench/<workload>.md and .json and ends with one key=value summary line per run."},
        subcommands = {BenchLubmCommand.class, BenchArticleCommand.class, BenchLoadCommand.class,
            BenchAllianceCommand.class, BenchWorkerCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Case-insensitive {@link StoreKind} values ({@code tdb2}, {@code mem}). */
    static final class StoreKindConverter implements CommandLine.ITypeConverter<StoreKind> {
        @Override
        public StoreKind convert(String value) {
            return StoreKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** Case-insensitive {@link Baseline} values ({@code b1}, {@code b2}, {@code b3}). */
    static final class BaselineConverter implements CommandLine.ITypeConverter<Baseline> {
        @Override
        public Baseline convert(String value) {
            return Baseline.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }
}
