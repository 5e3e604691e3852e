package org.w3id.sikg.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bounded load test of issue 8: {@code clients} concurrent clients on loopback (default 16) send the
 * competency questions and resource-page requests for {@code duration} (default 60 s) to {@code sikg serve} in a
 * child process; reports errors (the target is zero), p50/p99 latency, throughput and the server's live heap before
 * and after.
 */
public final class LoadTestWorkload {

    private static final Logger LOG = LoggerFactory.getLogger(LoadTestWorkload.class);

    /**
     * @param clients concurrent clients (default 16)
     * @param warmup unmeasured warm-up (default 5 s)
     * @param duration measured duration (default 60 s)
     */
    public record Plan(int clients, Duration warmup, Duration duration) {
        public static Plan defaults() {
            return new Plan(16, Duration.ofSeconds(5), Duration.ofSeconds(60));
        }
    }

    private final ServerWorkloadSettings settings;
    private final Plan plan;

    public LoadTestWorkload(ServerWorkloadSettings settings, Plan plan) {
        this.settings = settings;
        this.plan = plan;
    }

    public LoadTestResult run() throws IOException, InterruptedException {
        try {
            ServerLauncher launcher = ServerLauncher.prepare(settings);
            try (ServerProcess p = launcher.launch()) {
                SparqlHttp http = launcher.http(p);
                List<HttpRequest> mix = new ArrayList<>(launcher.cqRequests(http));
                List<String> pages = pages(http);
                Optional<String> pagesNote = pages.isEmpty() ? Optional.of(pagesMissing(http)) : Optional.empty();
                pages.forEach(path -> mix.add(http.page(path)));
                Optional<Long> before = p.heapUsedBytes();
                LoadRunner.Result run = new LoadRunner(http).concurrent(mix, plan.clients(), plan.warmup(),
                        plan.duration());
                Optional<Long> after = p.heapUsedBytes();
                LOG.info("load test: {} ok, {} errors in {} s", run.ok(), run.errors(), run.seconds());
                return new LoadTestResult(Optional.empty(), p.startSeconds(), launcher.cqs().size(), pages.size(),
                        pagesNote, Optional.of(run), before, after);
            }
        } catch (ServerProcess.ServerUnavailableException e) {
            LOG.warn("load test not run: {}", e.getMessage());
            return LoadTestResult.unavailable(e.getMessage());
        }
    }

    /** Page paths from {@code resource-pages.rq}, kept only if the first one is served (200). */
    private static List<String> pages(SparqlHttp http) {
        String json = http.fetch(http.query(ResourcePages.query()));
        if (json == null) {
            return List.of();
        }
        List<String> paths = ResourcePages.paths(json);
        return !paths.isEmpty() && http.send(http.page(paths.get(0))).ok() ? paths : List.of();
    }

    private static String pagesMissing(SparqlHttp http) {
        String json = http.fetch(http.query(ResourcePages.query()));
        if (json == null || ResourcePages.paths(json).isEmpty()) {
            return "no SIKG individuals found by resource-pages.rq: the mix has competency questions only";
        }
        String first = ResourcePages.paths(json).get(0);
        return "resource pages are not served by this build (GET " + first + " → "
                + http.send(http.page(first)).error() + "; the web front end is issue 6): the mix has competency"
                + " questions only";
    }
}
