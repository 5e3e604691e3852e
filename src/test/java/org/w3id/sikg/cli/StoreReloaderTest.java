package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.reason.OntologyRules;
import org.w3id.sikg.server.AdminFiles;
import org.w3id.sikg.server.ServerSettings;
import org.w3id.sikg.server.SikgServer;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.vocab.SIKG;

/**
 * {@code serve}'s reload as {@code ServeCommand} wires it ({@link StoreReloader} and {@link WebFrontEnd}), in
 * process: a reload replaces the served store from the changed sources, keeps the imported datasets, and the pages
 * computed from the store (home page counts, explanations) show the new content; invalid sources change nothing.
 */
class StoreReloaderTest {

    private static final String PASSWORD = "store reloader password";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ACTOR = SIKG.Actor.getURI();

    @TempDir
    Path tmp;

    @Test
    void aReloadReplacesTheServedStoreKeepsDatasetsAndRefreshesThePages() throws Exception {
        Sources sources = Fixtures.copy(tmp.resolve("sources"), null);
        ServerSettings settings = ServerSettings.defaults().withPort(0).withAccessLog(false)
                .withAdminPasswordFile(AdminFiles.write(tmp.resolve("admins.txt"), "alice", PASSWORD));
        try (SikgStore store = SikgStore.open(tmp.resolve("store"))) {
            StoreBuilder.load(store, sources, Enricher.discovered());
            Node extra = NodeFactory.createURI(SIKG.GRAPH_DATASET_NS + "extra");
            Graph imported = GraphFactory.createGraphMem();
            imported.add(NodeFactory.createURI(SIKG.ID_NS + "japan"), NodeFactory.createURI(SIKG.NS + "note"),
                    NodeFactory.createLiteralString("from an imported dataset"));
            store.replaceGraphs(Map.of(extra, imported));
            WebFrontEnd web = new WebFrontEnd(store.dataset(), () -> OntologyRules.of(sources.ontologyDir()));
            try (SikgServer server = SikgServer.builder(store.dataset()).settings(settings).extension(web)
                    .reloader(new StoreReloader(store, () -> sources, web::invalidate)).build().start()) {
                String base = server.baseUrl();
                long inferredBefore = inferred(store);
                assertThat(get(base + "").body()).contains(inferredCell(inferredBefore));
                assertThat(get(explain(base, "japan")).statusCode()).as("explanations materialised").isEqualTo(200);
                assertThat(get(explain(base, "taiwan")).statusCode()).isEqualTo(404);

                Path states = sources.dataDir().resolve("states.csv");
                Files.writeString(states, Files.readString(states) + "taiwan,Taiwan,,,§1.1\n");
                HttpResponse<String> reload = reload(base);
                assertThat(reload.statusCode()).as(reload.body()).isEqualTo(200);
                assertThat(reload.body()).startsWith("/$/reload: reloaded 19 rows of 5 tables from ")
                        .contains("; kept the imported datasets: extra");

                long inferredAfter = inferred(store);
                assertThat(inferredAfter).isGreaterThan(inferredBefore);
                assertThat(get(base + "").body()).as("the home page's counts are computed again")
                        .contains(inferredCell(inferredAfter));
                HttpResponse<String> why = get(explain(base, "taiwan"));
                assertThat(why.statusCode()).as("explanations computed again: " + why.body()).isEqualTo(200);
                assertThat(why.body()).contains("taiwan");
                assertThat(store.dataset().calculateRead(() -> store.dataset().getGraph(extra).size()))
                        .as("the imported dataset is kept").isEqualTo(1);

                Fixtures.copyTree(Fixtures.resource("load/negative/data-003-unknown-reference/data"),
                        sources.dataDir());
                HttpResponse<String> invalid = reload(base);
                assertThat(invalid.statusCode()).isEqualTo(422);
                assertThat(invalid.body().lines()).first().asString().startsWith("/$/reload: SERVER-009 ");
                assertThat(invalid.body()).contains(Sources.display(sources.dataDir().resolve("alliances.csv"))
                        + ":2:37: DATA-003");
                assertThat(inferred(store)).isEqualTo(inferredAfter);
                assertThat(get(base + "").body()).contains(inferredCell(inferredAfter));
            }
        }
    }

    private static long inferred(SikgStore store) {
        return store.dataset().calculateRead(() -> store.dataset()
                .getGraph(NodeFactory.createURI(SIKG.GRAPH_INFERRED)).size());
    }

    private static String inferredCell(long n) {
        return "<td class=\"inferred-triples\">" + n + "</td>";
    }

    /** The text explanation of {@code sikgid:<id> rdf:type sikg:Actor}, inferred from being a state. */
    private static String explain(String base, String id) {
        return base + "explain?format=text&s=" + enc(SIKG.ID_NS + id) + "&p=" + enc(RDF.type.getURI()) + "&o="
                + enc(ACTOR);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> reload(String base) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString(("alice:" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "$/reload"))
                .header("Authorization", "Basic " + credentials).timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
