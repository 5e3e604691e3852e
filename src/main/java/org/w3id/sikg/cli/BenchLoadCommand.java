package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.w3id.sikg.bench.Environment;
import org.w3id.sikg.bench.LoadTestReport;
import org.w3id.sikg.bench.LoadTestResult;
import org.w3id.sikg.bench.LoadTestWorkload;
import org.w3id.sikg.bench.Reports;
import org.w3id.sikg.bench.ServerWorkloadSettings;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sikg bench load}: the bounded load test of issue 8 (CQs + resource pages, concurrent clients). */
@Command(name = "load", mixinStandardHelpOptions = true, description = {"Issue-8 load test: concurrent clients on loopback send the competency",
    "questions and resource-page requests to `serve`; errors, p50/p99, throughput, server heap before/after."})
final class BenchLoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchServerOptions server = new BenchServerOptions();

    @Option(names = "--clients", description = "concurrent clients (default: ${DEFAULT-VALUE})")
    int clients = 16;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "measured duration (default: ${DEFAULT-VALUE})")
    long duration = 60;

    @Override
    public Integer call() throws Exception {
        if (clients < 1 || duration < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "clients and duration must be >= 1");
        }
        PrintWriter w = spec.commandLine().getOut();
        Environment env = Environment.current();
        w.print(env.describe());
        w.flush();
        ServerWorkloadSettings s = server.settings();
        LoadTestWorkload.Plan plan = new LoadTestWorkload.Plan(clients, Duration.ofSeconds(5),
                Duration.ofSeconds(duration));
        LoadTestResult r = new LoadTestWorkload(s, plan).run();
        Path md = Reports.write(s.outDir(), "load", LoadTestReport.markdown(env, s, plan, r),
                LoadTestReport.toJson(env, r));
        w.println("report: " + md + " (and load.json)");
        w.println(LoadTestReport.summary(r));
        w.flush();
        if (r.unavailable().isPresent()) {
            throw new SikgException(ErrorCode.BENCH_UNAVAILABLE, "bench load", r.unavailable().get());
        }
        return r.run().map(x -> x.errors() == 0).orElse(false) ? Main.EXIT_OK : Main.EXIT_USER_ERROR;
    }
}
