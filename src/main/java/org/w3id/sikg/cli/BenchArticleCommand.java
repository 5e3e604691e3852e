package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.w3id.sikg.bench.ArticleReport;
import org.w3id.sikg.bench.ArticleResult;
import org.w3id.sikg.bench.ArticleSummary;
import org.w3id.sikg.bench.ArticleWorkload;
import org.w3id.sikg.bench.Environment;
import org.w3id.sikg.bench.Reports;
import org.w3id.sikg.bench.ServerWorkloadSettings;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sikg bench article}: W2, the competency questions over HTTP against {@code serve} in a child process. */
@Command(name = "article", mixinStandardHelpOptions = true, description = {"W2: start `serve` as a child process on a warm store; time to the first",
    "competency answer (JVM start included), CQ latency p50/p99 over HTTP, throughput with concurrent clients."})
final class BenchArticleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    BenchServerOptions server = new BenchServerOptions();

    @Option(names = "--launches", description = "measured launches after one warm-up launch (default: ${DEFAULT-VALUE})")
    int launches = 3;

    @Option(names = "--rounds", description = "measured sequential requests per question (default: ${DEFAULT-VALUE})")
    int rounds = 50;

    @Option(names = "--clients", description = "concurrent clients for throughput (default: ${DEFAULT-VALUE})")
    int clients = 8;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "measured throughput duration (default: ${DEFAULT-VALUE})")
    long duration = 10;

    @Override
    public Integer call() throws Exception {
        if (launches < 1 || rounds < 1 || clients < 1 || duration < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "launches, rounds, clients, duration must be >= 1");
        }
        PrintWriter w = spec.commandLine().getOut();
        Environment env = Environment.current();
        w.print(env.describe());
        w.flush();
        ServerWorkloadSettings s = server.settings();
        ArticleWorkload.Plan plan = new ArticleWorkload.Plan(launches, 5, rounds, clients, Duration.ofSeconds(2),
                Duration.ofSeconds(duration));
        ArticleResult r = new ArticleWorkload(s, plan).run();
        Path md = Reports.write(s.outDir(), "article", ArticleReport.markdown(env, s, plan, r),
                ArticleReport.toJson(env, r));
        w.println("report: " + md + " (and article.json)");
        w.println(ArticleSummary.of(r));
        w.flush();
        if (r.unavailable().isPresent()) {
            throw new SikgException(ErrorCode.BENCH_UNAVAILABLE, "bench article", r.unavailable().get());
        }
        return Main.EXIT_OK;
    }
}
