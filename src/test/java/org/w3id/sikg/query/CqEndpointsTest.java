package org.w3id.sikg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.sikg.cli.Main;
import org.w3id.sikg.server.ServerSettings;
import org.w3id.sikg.server.SikgServer;

/**
 * Each competency question, unchanged, gives the same W3C SPARQL CSV from {@code sikg query FILE --format csv} as
 * from {@code /kg/sparql} (and with {@code --asserted-only} as from {@code /kg-asserted/sparql}), over the store
 * built from the project's ontology/ and data/: a header row of the projected variable names without "?", CRLF line
 * ends, one record per answer (W3C "SPARQL 1.1 Query Results CSV and TSV Formats").
 */
class CqEndpointsTest {

    private static SikgServer server;

    @BeforeAll
    static void start() {
        server = SikgServer.builder(CqStore.dataset()).settings(ServerSettings.defaults().withPort(0)).build();
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<String> questions() throws IOException {
        try (Stream<Path> files = Files.list(CompetencyQuestionsTest.cqDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList()
                    .stream().map(n -> n.substring(0, 4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void theCliPrintsW3cCsvAndTheEndpointsGiveTheSameText(String cq) throws Exception {
        Path file = CqStore.file(cq);
        Query query = QueryFiles.read(file);
        for (KgView view : KgView.values()) {
            String cli = cli(file, view);
            String endpoint = get(server.endpoint(view, "sparql"), Files.readString(file));
            assertThat(cli).as(cq + " over " + view + ": sikg query = endpoint").isEqualTo(endpoint);

            assertThat(cli).as(cq + ": CRLF line ends").contains("\r\n").doesNotContainPattern("[^\r]\n");
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(cli)).getRecords();
            assertThat(records.get(0).toList()).as(cq + ": header")
                    .containsExactlyElementsOf(query.getProjectVars().stream().map(Var::getVarName).toList());
            int answers = CqStore.rows(cq, view).size();
            assertThat(records).as(cq + " over " + view + ": header plus one record per answer").hasSize(1 + answers);
            if (view == KgView.ALL) {
                assertThat(answers).as(cq + " has answers").isPositive();
            }
        }
    }

    private static String cli(Path file, KgView view) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new java.util.ArrayList<>(List.of("query", file.toString(), "--format", "csv",
                "--store", CqStore.directory().toString()));
        if (view == KgView.ASSERTED) {
            args.add("--asserted-only");
        }
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        return out.toString();
    }

    private static String get(String endpoint, String query) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(endpoint
                + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
