package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.sikg.query.KgFixture;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.server.ServerSettings;
import org.w3id.sikg.server.SikgServer;

/** {@code sikg query}: the W3C result formats, located syntax errors, and the same answers as the server. */
class QueryCommandTest {

    @TempDir
    static Path dir;
    private static Path store;
    private static Path queries;

    @BeforeAll
    static void buildStore() throws IOException {
        store = dir.resolve("store");
        TDBInternal.expel(KgFixture.diskStore(store));
        queries = dir.resolve("queries");
        Files.createDirectories(queries);
        for (String name : new String[] {"alliances.rq", "construct-alliances.rq", "ask-inferred.rq",
            "states.rq", "alliance-path.rq"}) {
            Files.writeString(queries.resolve(name), KgFixture.text("/server/queries/" + name));
        }
        Files.writeString(queries.resolve("bad-query.rq"), KgFixture.text("/query/bad-query.rq"));
    }

    @AfterAll
    static void release() {
        TDBInternal.expel(org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString()));
    }

    @ParameterizedTest
    @CsvSource({"csv, false, alliances.csv", "csv, true, alliances-asserted.csv", "tsv, true, alliances-asserted.tsv"})
    void writesTheW3cResultFormats(String format, boolean asserted, String golden) {
        MainTest.Result r = asserted
                ? MainTest.run("query", q("alliances.rq"), "--store", store.toString(), "--format", format,
                        "--asserted-only")
                : MainTest.run("query", q("alliances.rq"), "--store", store.toString(), "--format", format);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo(KgFixture.text("/query/expected/" + golden));
    }

    @Test
    void printsATableByDefaultAndTurtleForGraphs() {
        MainTest.Result table = MainTest.run("query", q("alliances.rq"), "--store", store.toString());
        assertThat(table.out()).contains("| a ").contains("<https://w3id.org/sikg/id/japan>").contains("====");
        MainTest.Result turtle = MainTest.run("query", q("construct-alliances.rq"), "--store", store.toString());
        assertThat(turtle.exit()).isZero();
        assertThat(turtle.out()).contains("sikg:alliedWith");
        MainTest.Result csvGraph = MainTest.run("query", q("construct-alliances.rq"), "--store", store.toString(),
                "--format", "csv");
        assertThat(csvGraph.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(csvGraph.err()).contains("QUERY-005");
    }

    @ParameterizedTest
    @CsvSource({"alliances.rq, csv, text/csv", "alliances.rq, tsv, text/tab-separated-values",
        "alliances.rq, json, application/sparql-results+json", "ask-inferred.rq, json, application/sparql-results+json",
        "states.rq, xml, application/sparql-results+xml", "alliance-path.rq, csv, text/csv"})
    void givesTheSameAnswersAsTheServer(String name, String format, String accept) throws Exception {
        DatasetGraph dataset = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(store.toString());
        SikgServer server = SikgServer.builder(dataset).settings(ServerSettings.defaults().withPort(0)).build();
        try {
            server.start();
            for (KgView view : KgView.values()) {
                String body = httpGet(server.endpoint(view, "sparql") + "?query="
                        + URLEncoder.encode(Files.readString(queries.resolve(name)), StandardCharsets.UTF_8), accept);
                MainTest.Result cli = view == KgView.ALL
                        ? MainTest.run("query", q(name), "--store", store.toString(), "--format", format)
                        : MainTest.run("query", q(name), "--store", store.toString(), "--format", format,
                                "--asserted-only");
                assertThat(cli.out()).as(name + " " + view).isEqualTo(body);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aMalformedQueryIsReportedAtItsFileLineAndColumn() {
        MainTest.Result r = MainTest.run("query", q("bad-query.rq"), "--store", store.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains(q("bad-query.rq") + ":4:").contains("QUERY-001")
                .contains("docs/errors.md#query-001").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void missingFileStoreOrOptionAreClearErrors() {
        MainTest.Result noFile = MainTest.run("query", dir.resolve("nope.rq").toString(), "--store", store.toString());
        assertThat(noFile.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(noFile.err()).contains("CLI-002");
        MainTest.Result badFormat = MainTest.run("query", q("alliances.rq"), "--format", "yaml");
        assertThat(badFormat.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(badFormat.err()).contains("CLI-001").contains("yaml");
    }

    @Test
    void aMissingStoreIsBuiltFromTheProjectSourcesFirst() throws java.io.IOException {
        Path fresh = dir.resolve("fresh-store");
        Path states = java.nio.file.Files.writeString(dir.resolve("states.rq"),
                "SELECT ?s WHERE { ?s a <https://w3id.org/sikg/ontology#State> }");
        MainTest.Result r = MainTest.run("query", states.toString(), "--format", "csv", "--store", fresh.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().count()).as("header plus answers from the real data").isGreaterThan(1);
        assertThat(org.w3id.sikg.store.SikgStore.exists(fresh)).isTrue();
    }

    private static String q(String name) {
        return queries.resolve(name).toString();
    }

    private static String httpGet(String url, String accept) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }
}
