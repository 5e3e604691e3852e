package org.w3id.sikg.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W2: the article's competency questions over HTTP against {@code sikg serve} in a child process. One unmeasured
 * launch first (it builds or warms the store and the file cache), then {@code launches} measured launches (time to
 * the first answer, JVM start included); on the last one, sequential latency of every question and throughput with
 * concurrent clients on loopback.
 *
 * <p>Usage: {@code new ArticleWorkload(serverSettings, ArticleWorkload.Plan.defaults()).run()}.
 */
public final class ArticleWorkload {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleWorkload.class);

    /**
     * What to measure.
     *
     * @param launches measured launches (default 3)
     * @param warmupRounds unmeasured sequential passes over the questions (default 5)
     * @param rounds measured sequential requests per question (default 50)
     * @param clients concurrent clients of the throughput run (default 8)
     * @param warmup throughput warm-up (default 2 s)
     * @param duration measured throughput duration (default 10 s)
     */
    public record Plan(int launches, int warmupRounds, int rounds, int clients, Duration warmup, Duration duration) {
        public static Plan defaults() {
            return new Plan(3, 5, 50, 8, Duration.ofSeconds(2), Duration.ofSeconds(10));
        }
    }

    private final ServerWorkloadSettings settings;
    private final Plan plan;

    public ArticleWorkload(ServerWorkloadSettings settings, Plan plan) {
        this.settings = settings;
        this.plan = plan;
    }

    /** Runs W2, or returns why it cannot run in this build. */
    public ArticleResult run() throws IOException, InterruptedException {
        try {
            ServerLauncher launcher = ServerLauncher.prepare(settings);
            launcher.launch().close();
            List<Double> starts = new ArrayList<>();
            for (int i = 1; i < plan.launches(); i++) {
                try (ServerProcess p = launcher.launch()) {
                    starts.add(p.startSeconds());
                }
            }
            try (ServerProcess p = launcher.launch()) {
                starts.add(p.startSeconds());
                return measure(launcher, launcher.http(p), starts);
            }
        } catch (ServerProcess.ServerUnavailableException e) {
            LOG.warn("article workload not run: {}", e.getMessage());
            return ArticleResult.unavailable(e.getMessage());
        }
    }

    private ArticleResult measure(ServerLauncher launcher, SparqlHttp http, List<Double> starts)
            throws InterruptedException {
        LoadRunner runner = new LoadRunner(http);
        List<HttpRequest> mix = launcher.cqRequests(http);
        runner.sequential(mix, plan.warmupRounds(), 0);
        Map<String, Double> perCq = new LinkedHashMap<>();
        List<long[]> all = new ArrayList<>();
        long errors = 0;
        for (int i = 0; i < mix.size(); i++) {
            LoadRunner.Result r = runner.sequential(List.of(mix.get(i)), 0, plan.rounds());
            perCq.put(launcher.cqs().get(i).name(), r.latency().p50Millis());
            all.add(r.samples());
            errors += r.errors();
        }
        long[] pooled = all.stream().flatMapToLong(java.util.Arrays::stream).toArray();
        LoadRunner.Result throughput = runner.concurrent(mix, plan.clients(), plan.warmup(), plan.duration());
        LOG.info("throughput: {} requests in {} s with {} clients, {} errors", throughput.ok(),
                throughput.seconds(), plan.clients(), throughput.errors());
        return new ArticleResult(Optional.empty(), mix.size(), starts, Optional.of(LatencyStats.ofNanos(pooled)),
                errors, perCq, Optional.of(throughput));
    }
}
