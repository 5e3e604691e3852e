package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.sikg.bench.Baseline;
import org.w3id.sikg.bench.Environment;
import org.w3id.sikg.bench.LubmInput;
import org.w3id.sikg.bench.LubmJson;
import org.w3id.sikg.bench.LubmReport;
import org.w3id.sikg.bench.LubmRun;
import org.w3id.sikg.bench.LubmSettings;
import org.w3id.sikg.bench.LubmSummary;
import org.w3id.sikg.bench.LubmWorkload;
import org.w3id.sikg.bench.Reports;
import org.w3id.sikg.bench.SikgEngine;
import org.w3id.sikg.bench.StoreKind;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sikg bench lubm}: W1, LUBM(N) with SIKG and the Jena baselines B1–B3 in one run. */
@Command(name = "lubm", mixinStandardHelpOptions = true, description = {"W1: LUBM(N) — materialisation, store load, the 14 queries (cold and warm),",
    "completeness; SIKG against Jena OWL Micro (B1 InfModel, B2 closure) and no reasoning (B3)."})
final class BenchLubmCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", split = ",", paramLabel = "N",
            description = "LUBM(N): copies of University0, comma-separated for several runs (default: ${DEFAULT-VALUE})")
    List<Integer> scales = new ArrayList<>(List.of(1));

    @Option(names = "--lubm", paramLabel = "DIR",
            description = "LUBM input directory (default: ${DEFAULT-VALUE})")
    Path lubm = LubmSettings.DEFAULT_LUBM;

    @Option(names = "--warmup", description = "unmeasured warm passes after the cold pass (default: ${DEFAULT-VALUE})")
    int warmup = 2;

    @Option(names = "--rounds", description = "measured warm passes, median per query (default: ${DEFAULT-VALUE})")
    int rounds = 5;

    @Option(names = "--b1-rounds", description = "measured warm passes for B1 (default: ${DEFAULT-VALUE})")
    int b1Rounds = 2;

    @Option(names = "--mat-rounds", description = "warm SIKG materialisations, each without and with derivations;"
            + " medians (default: ${DEFAULT-VALUE})")
    int matRounds = 3;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "per-query timeout; B1's child JVM is killed (default: ${DEFAULT-VALUE})")
    long timeoutSeconds = LubmSettings.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--b1-budget", paramLabel = "SECONDS",
            description = "no B1 query starts after this many seconds of B1 queries (default: ${DEFAULT-VALUE})")
    long b1BudgetSeconds = LubmSettings.DEFAULT_B1_BUDGET.toSeconds();

    @Option(names = "--baselines", split = ",", paramLabel = "B",
            description = "baselines to run, of b1,b2,b3, or 'none' (default: all)")
    List<String> baselines = new ArrayList<>(List.of("b1", "b2", "b3"));

    @Option(names = "--store", paramLabel = "KIND", converter = BenchCommand.StoreKindConverter.class,
            description = "store queried, tdb2 or mem (default: tdb2)")
    StoreKind store = StoreKind.TDB2;

    @Option(names = "--out", paramLabel = "DIR", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out = LubmSettings.DEFAULT_OUT;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        LubmSettings settings = settings();
        Environment env = Environment.current();
        w.print(env.describe());
        w.flush();
        LubmInput input = LubmInput.read(settings.lubmDir());
        LubmWorkload workload = new LubmWorkload(settings, SikgEngine.find());
        List<LubmRun> runs = new ArrayList<>();
        for (int n : settings.scales()) {
            runs.add(workload.run(input, n));
        }
        Path md = Reports.write(settings.outDir(), "lubm", LubmReport.markdown(env, settings, runs),
                LubmJson.of(env, settings, runs));
        w.println("report: " + md + " (and lubm.json)");
        runs.get(0).sikgNote().ifPresent(note -> w.println("note: " + note));
        runs.forEach(r -> w.println(LubmSummary.of(r)));
        return Main.EXIT_OK;
    }

    private LubmSettings settings() {
        if (!Files.isDirectory(lubm)) {
            throw new SikgException(Problem.of(ErrorCode.CLI_FILE_NOT_FOUND, lubm.toString(), 0,
                    "LUBM directory " + lubm + " does not exist (set --lubm DIR)"));
        }
        try {
            EnumSet<Baseline> chosen = EnumSet.noneOf(Baseline.class);
            for (String b : baselines) {
                if (!b.equalsIgnoreCase("none")) {
                    chosen.add(new BenchCommand.BaselineConverter().convert(b));
                }
            }
            return new LubmSettings(lubm, scales, warmup, rounds, b1Rounds, matRounds, Duration.ofSeconds(timeoutSeconds),
                    Duration.ofSeconds(b1BudgetSeconds), chosen, store, out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
