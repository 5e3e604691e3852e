package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.sikg.bench.AllianceReport;
import org.w3id.sikg.bench.AllianceResult;
import org.w3id.sikg.bench.AllianceWorkload;
import org.w3id.sikg.bench.Environment;
import org.w3id.sikg.bench.LubmSettings;
import org.w3id.sikg.bench.Reports;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sikg bench alliance}: W3, COW alliance data import + materialisation + the alliance queries. */
@Command(name = "alliance", mixinStandardHelpOptions = true, description = {"W3: COW alliance members imported, materialised, stored and queried",
    "with queries/analysis/*.rq, when the COW data are present."})
final class BenchAllianceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--cow", paramLabel = "DIR", description = "COW alliances v4.1 directory (default: ${DEFAULT-VALUE})")
    Path cow = AllianceWorkload.DEFAULT_COW;

    @Option(names = "--states", paramLabel = "DIR", description = "COW states v2016 directory (default: ${DEFAULT-VALUE})")
    Path states = AllianceWorkload.DEFAULT_STATES;

    @Option(names = "--out", paramLabel = "DIR", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out = LubmSettings.DEFAULT_OUT;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Environment env = Environment.current();
        w.print(env.describe());
        w.flush();
        LubmSettings d = LubmSettings.defaults(LubmSettings.DEFAULT_LUBM);
        LubmSettings harness = new LubmSettings(d.lubmDir(), d.scales(), d.warmup(), d.rounds(), d.b1Rounds(), d.matRounds(),
                d.timeout(), d.b1Budget(), d.baselines(), d.store(), out);
        AllianceResult r = new AllianceWorkload(cow, states, harness).run(AllianceWorkload.Parts.fromThisBuild());
        Path md = Reports.write(out, "alliance", AllianceReport.markdown(env, r), AllianceReport.toJson(env, r));
        w.println("report: " + md + " (and alliance.json)");
        w.println(AllianceReport.summary(r));
        w.flush();
        if (r.unavailable().isPresent()) {
            throw new SikgException(ErrorCode.BENCH_UNAVAILABLE, "bench alliance", r.unavailable().get());
        }
        return Main.EXIT_OK;
    }
}
