package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/** The HTTP side of W2 and the load test, against a stand-in server (never the network). */
class ServerWorkloadTest {

    @TempDir
    Path tmp;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void latencyPercentilesUseNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) {
            ms[i] = (i + 1) * 1_000_000L;
        }
        LatencyStats s = LatencyStats.ofNanos(ms);
        assertThat(s.p50Millis()).isEqualTo(50.0);
        assertThat(s.p99Millis()).isEqualTo(99.0);
        assertThat(s.maxMillis()).isEqualTo(100.0);
        assertThat(LatencyStats.ofNanos(new long[] {7_000_000}).p99Millis()).isEqualTo(7.0);
        assertThat(LatencyStats.ofNanos(new long[0]).p50Millis()).isNaN();
    }

    @Test
    void sequentialAndConcurrentRunsCountRequestsAndErrors() throws Exception {
        HttpServer server = FakeSparqlServer.start(0, false);
        try {
            SparqlHttp http = new SparqlHttp(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                    "/kg/sparql", Duration.ofSeconds(5));
            LoadRunner runner = new LoadRunner(http);
            LoadRunner.Result seq = runner.sequential(List.of(http.query("ASK {}")), 1, 20);
            assertThat(seq.ok()).isEqualTo(20);
            assertThat(seq.errors()).isZero();
            LoadRunner.Result con = runner.concurrent(List.of(http.query("ASK {}"), http.page("/id/japan")), 4,
                    Duration.ofMillis(100), Duration.ofMillis(500));
            assertThat(con.ok()).isPositive();
            assertThat(con.errors()).as("pages answer 404 here").isPositive();
            assertThat(con.firstErrors()).allMatch(e -> e.contains("HTTP 404"));
            assertThat(con.rps()).isPositive();
            assertThat(con.clients()).isEqualTo(4);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void resourcePagesMapSikgIrisToIdPaths() {
        assertThat(ResourcePages.paths(FakeSparqlServer.RESULTS)).containsExactly("/id/japan", "/id/united-states");
        assertThat(ResourcePages.query()).contains("SELECT").contains("https://w3id.org/sikg/id/");
    }

    @Test
    void launchTimesAChildProcessUntilItsFirstAnswer() throws IOException {
        int port = ServerProcess.freePort();
        List<String> cmd = List.of(java(), "-cp", System.getProperty("java.class.path"),
                FakeSparqlServer.class.getName(), Integer.toString(port));
        SparqlHttp http = new SparqlHttp(URI.create("http://127.0.0.1:" + port), "/kg/sparql", Duration.ofSeconds(5));
        try (ServerProcess p = ServerProcess.launch(cmd, port, tmp.resolve("server.log"), Duration.ofSeconds(60),
                h -> h.query("ASK {}"), http)) {
            assertThat(p.startSeconds()).isPositive().isLessThan(60);
            assertThat(http.send(http.page("/id/japan")).ok()).isTrue();
        }
    }

    @Test
    void aChildThatExitsWithAUsageErrorAboutServeMeansServeIsMissing() {
        int port = ServerProcess.freePort();
        // A jar without `serve` answers `sikg serve` with picocli's usage error (exit 2) naming the unknown command;
        // this build has `serve`, so an unknown command whose name contains "serve" stands in for it.
        List<String> cmd = List.of(java(), "-cp", System.getProperty("java.class.path"), "org.w3id.sikg.cli.Main",
                "serve-not-in-this-build", "--port", Integer.toString(port));
        SparqlHttp http = new SparqlHttp(URI.create("http://127.0.0.1:" + port), "/kg/sparql", Duration.ofSeconds(5));
        assertThatThrownBy(() -> ServerProcess.launch(cmd, port, tmp.resolve("server.log"), Duration.ofSeconds(60),
                h -> h.query("ASK {}"), http)).isInstanceOf(ServerProcess.ServerUnavailableException.class)
                .hasMessageContaining("`serve` command is not in this build");
    }

    @Test
    void competencyQuestionsAreReadFromTheJarSorted() throws IOException {
        Path jar = tmp.resolve("x.jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("sikg/queries/cq/cq02-b.rq", "sikg/queries/cq/cq01-a.rq",
                    "sikg/queries/cq/README.md", "sikg/queries/analysis/x.rq")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("SELECT * { ?s ?p ?o } # " + name).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        assertThat(CompetencyQuestions.fromJar(jar)).extracting(CompetencyQuestions.Cq::name)
                .containsExactly("cq01-a.rq", "cq02-b.rq");
        assertThat(CompetencyQuestions.fromJar(jar, "sikg/queries/analysis/")).hasSize(1);
        assertThat(CompetencyQuestions.fromDir(tmp.resolve("absent"))).isEmpty();
    }

    @Test
    void withoutQuestionsTheArticleWorkloadSaysWhyAndMeasuresNothing() throws Exception {
        Path jar = tmp.resolve("empty.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            z.closeEntry();
        }
        ServerWorkloadSettings s = new ServerWorkloadSettings(jar, null, "/kg/sparql", List.of(), List.of(), Duration.ofSeconds(5),
                Duration.ofSeconds(5), tmp);
        ArticleResult r = new ArticleWorkload(s, ArticleWorkload.Plan.defaults()).run();
        assertThat(r.unavailable()).get().asString().contains("no competency questions").contains("issue 5");
        assertThat(ArticleSummary.of(r).toString())
                .isEqualTo("workload=article start_s=n/a p50_ms=n/a p99_ms=n/a rps=n/a cqs=n/a clients=n/a"
                        + " errors=n/a status=unavailable");
        LoadTestResult l = new LoadTestWorkload(s, LoadTestWorkload.Plan.defaults()).run();
        assertThat(l.unavailable()).isPresent();
        assertThat(LoadTestReport.summary(l).pairs()).containsEntry("status", "unavailable").containsEntry("rps", "n/a");
    }

    @Test
    void jcmdHeapInfoIsParsed() {
        String g1 = " garbage-first heap   total 262144K, used 20480K [0x0000000700000000, 0x0000000800000000)\n"
                + "  region size 1024K, 21 young (21504K), 0 survivors (0K)";
        assertThat(JvmHeap.parseUsed(g1)).contains(20480L * 1024);
        assertThat(JvmHeap.parseUsed("nothing")).isEmpty();
    }
}
