package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar sikg.jar serve} as a scholar starts it on a fresh machine, against the packaged jar (system
 * property {@code sikg.jar}, set by failsafe): in an empty working directory, with no store, it builds the store
 * from the ontology, data and rules embedded in the jar (with reasoning), then serves SPARQL with and without the
 * inferred triples, the web pages and explanations with section locators. The child is always killed.
 */
class ServeReasoningIT {

    private static final Logger LOG = LoggerFactory.getLogger(ServeReasoningIT.class);
    private static final String ALLIES_OF_US = "PREFIX sikg: <https://w3id.org/sikg/ontology#>\n"
            + "PREFIX sikgid: <https://w3id.org/sikg/id/>\n"
            + "SELECT ?x WHERE { ?x sikg:alliedWith sikgid:united-states } ORDER BY ?x";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @TempDir
    static Path dir;
    private static Process child;
    private static String base;

    @BeforeAll
    static void serveFromAnEmptyDirectory() throws IOException {
        String jar = System.getProperty("sikg.jar");
        assumeTrue(jar != null && Files.exists(Path.of(jar)), "needs the packaged jar (mvn verify sets sikg.jar)");
        long start = System.nanoTime();
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of(jar).toAbsolutePath().toString(), "serve", "--port", "0").directory(dir.toFile())
                .redirectError(dir.resolve("serve.log").toFile()).start();
        base = awaitBaseUrl(child);
        LOG.info("serve: store built and first URL printed after {} ms", (System.nanoTime() - start) / 1_000_000);
        assertThat(dir.resolve("store")).isDirectory();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (child != null) {
            child.destroy();
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void theSixSpokesAreAlliesOfTheUsWithInferenceAndNoneWithout() throws Exception {
        List<String> inferred = csvColumn(get("kg/sparql?query=" + encode(ALLIES_OF_US), "text/csv"));
        assertThat(inferred).containsExactly("https://w3id.org/sikg/id/australia", "https://w3id.org/sikg/id/japan",
                "https://w3id.org/sikg/id/philippines", "https://w3id.org/sikg/id/south-korea",
                "https://w3id.org/sikg/id/taiwan", "https://w3id.org/sikg/id/thailand");
        List<String> asserted = csvColumn(get("kg-asserted/sparql?query=" + encode(ALLIES_OF_US), "text/csv"));
        assertThat(asserted).hasSizeLessThan(inferred.size());
    }

    @Test
    void theHomePageAndJapansPageAreServed() throws Exception {
        assertThat(get("", "text/html").body()).contains("SIKG");
        HttpResponse<String> japan = get("id/japan", "text/html");
        assertThat(japan.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(japan.body()).contains("Japan").contains("inferred").contains("/explain?");
    }

    @Test
    void anInferredStatementIsExplainedDownToSectionLocators() throws Exception {
        String query = "explain?s=" + encode("https://w3id.org/sikg/id/japan") + "&p="
                + encode("https://w3id.org/sikg/ontology#facesAllianceDilemmaWith") + "&o="
                + encode("https://w3id.org/sikg/id/united-states");
        String text = get(query + "&format=text", "*/*").body();
        assertThat(text).startsWith("sikgid:japan sikg:facesAllianceDilemmaWith sikgid:united-states   "
                + "[alliance-dilemma]").contains("data/constraints.csv:2 (§2.4)").contains("(§4.1)");
        JsonObject json = JSON.parse(get(query, "application/json").body());
        assertThat(json.getString("rule")).isEqualTo("alliance-dilemma");
        assertThat(get(query, "text/html").body()).contains("§2.4");
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET /" + path + ": " + r.body()).isEqualTo(200);
        return r;
    }

    private static List<String> csvColumn(HttpResponse<String> csv) {
        return csv.body().lines().skip(1).filter(l -> !l.isBlank()).toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Reads the server's standard output until it prints the home page URL; the store is built before that. */
    private static String awaitBaseUrl(Process process) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        for (String line = out.readLine(); line != null && System.nanoTime() < deadline; line = out.readLine()) {
            if (line.contains("(home page)")) {
                return line.strip().substring(0, line.strip().indexOf(' '));
            }
        }
        throw new AssertionError("serve printed no home page URL; see " + dir.resolve("serve.log"));
    }
}
