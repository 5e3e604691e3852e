package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.sikg.vocab.SIKG;

/** Resource pages and content negotiation over plain HTTP (no browser), against the fixture dataset. */
class WebHttpTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";
    static final Node JAPAN = NodeFactory.createURI(SIKG.ID_NS + "japan");
    static final Node US = NodeFactory.createURI(SIKG.ID_NS + "united-states");
    static final Node ALLIED = NodeFactory.createURI(SIKG.NS + "alliedWith");

    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = WebTestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The home page's counts, computed from the store directly (not through the web module's queries). */
    static DatasetStats.Counts expectedCounts(WebTestServer s) {
        DatasetGraph ds = s.dataset();
        return expectedCounts(s.dataset());
    }

    /** Triples per kind of graph and distinct triples of the union, counted by walking every quad of {@code ds}. */
    static DatasetStats.Counts expectedCounts(DatasetGraph ds) {
        return Txn.calculateRead(ds, () -> {
            long[] byKind = new long[GraphKind.values().length];
            java.util.Set<org.apache.jena.graph.Triple> union = new java.util.HashSet<>();
            java.util.Set<Node> factGraphs = new java.util.HashSet<>();
            ds.find().forEachRemaining(q -> {
                GraphKind kind = GraphKind.of(q.getGraph());
                byKind[kind.ordinal()]++;
                union.add(q.asTriple());
                if (kind == GraphKind.FACT) {
                    factGraphs.add(q.getGraph());
                }
            });
            return new DatasetStats.Counts(byKind[GraphKind.ONTOLOGY.ordinal()], byKind[GraphKind.FACT.ordinal()],
                    factGraphs.size(), byKind[GraphKind.PROVENANCE.ordinal()], byKind[GraphKind.INFERRED.ordinal()],
                    byKind[GraphKind.DATASET.ordinal()], byKind[GraphKind.OTHER.ordinal()], union.size(), List.of());
        });
    }

    @Test
    void homePageCountsAssertedAndInferredTriples() {
        HttpResponse<String> r = server.get("/", BROWSER_ACCEPT);
        assertThat(r.statusCode()).isEqualTo(200);
        DatasetStats.Counts expected = expectedCounts(server);
        assertThat(r.body()).contains("<td class=\"asserted-triples\">" + expected.assertedTriples() + "</td>")
                .contains("<td class=\"inferred-triples\">" + expected.inferredTriples() + "</td>")
                .contains("href=\"/void\"", "href=\"/dumps/sikg.trig\"", "href=\"/sparql-editor\"",
                        "href=\"/ontology.ttl\"", "href=\"/network\"", "href=\"/timeline\"");
        assertThat(r.headers().firstValue("Content-Security-Policy")).contains(SecurityHeaders.CSP);
    }

    @Test
    void browsersGetHtmlWithAssertedInferredSourcesAndWikidata() {
        HttpResponse<String> r = server.get("/id/japan", BROWSER_ACCEPT);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(r.headers().firstValue("Vary")).contains("Accept");
        assertThat(r.body()).contains("<h1>Japan</h1>")
                .containsPattern("(?s)<tr class=\"statement inferred\">.{0,200}>allied with</a>.{0,300}United States"
                        + ".{0,300}<a class=\"why\" href=\"/explain\\?s&#61;https%3A%2F%2Fw3id.org%2Fsikg%2Fid%2Fjapan")
                .containsPattern("(?s)<tr class=\"statement asserted\">.{0,200}>rdfs:label</a>.{0,300}Japan.{0,400}"
                        + "href=\"/id/source-article-s2-1\"[^>]*>§2.1</a>")
                .contains("href=\"http://www.wikidata.org/entity/Q17\"")
                .contains("id=\"incoming\"").contains("US-led hub-and-spokes system")
                .contains("data/hub-spokes.csv:2");
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
        "application/n-triples, NTRIPLES"})
    void linkedDataClientsGetTheDescription(String accept, String langName) {
        HttpResponse<String> r = server.get("/id/japan", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(accept));
        Variant v = Variant.valueOf(langName);
        assertThat(r.headers().firstValue("Content-Location")).contains("/id/japan" + v.suffix());
        Graph g = RDFParser.fromString(r.body(), lang(v)).toGraph();
        assertDescription(g);
        assertThat(server.get("/id/japan" + v.suffix(), null).body()).isEqualTo(r.body());
        assertThat(server.get("/id/japan?format=" + v.name().toLowerCase(), BROWSER_ACCEPT).body()).isEqualTo(r.body());
    }

    static void assertDescription(Graph g) {
        assertThat(g.contains(JAPAN, RDFS.label.asNode(), NodeFactory.createLiteralLang("Japan", "en"))).isTrue();
        assertThat(g.contains(JAPAN, ALLIED, US)).as("inferred statement").isTrue();
        assertThat(g.contains(Node.ANY, NodeFactory.createURI(SIKG.NS + "spoke"), JAPAN)).as("incoming").isTrue();
        assertThat(g.contains(NodeFactory.createURI(SIKG.GRAPH_FACT_NS + "entities/japan"),
                NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom"),
                NodeFactory.createURI(SIKG.ID_NS + "source-article-s2-1"))).as("provenance").isTrue();
    }

    @Test
    void quadSyntaxesKeepTheGraphsSoInferredIsToldFromAsserted() {
        for (String path : new String[] {"/id/japan.trig", "/id/japan.nq"}) {
            HttpResponse<String> r = server.get(path, null);
            DatasetGraph ds = RDFParser.fromString(r.body(), path.endsWith(".nq") ? Lang.NQUADS : Lang.TRIG)
                    .toDatasetGraph();
            assertThat(ds.contains(NodeFactory.createURI(SIKG.GRAPH_INFERRED), JAPAN, ALLIED, US)).isTrue();
            assertThat(ds.contains(NodeFactory.createURI(SIKG.GRAPH_FACT_NS + "entities/japan"), JAPAN,
                    RDFS.label.asNode(), NodeFactory.createLiteralLang("Japan", "en"))).isTrue();
            List<Quad> quads = new java.util.ArrayList<>();
            ds.find().forEachRemaining(quads::add);
            assertThat(quads).isNotEmpty().noneMatch(Quad::isDefaultGraph);
        }
    }

    @Test
    void unacceptableTypesGet406AndUnknownFormats400() {
        assertThat(server.get("/id/japan", "image/png").statusCode()).isEqualTo(406);
        assertThat(server.get("/id/japan?format=docx", BROWSER_ACCEPT).statusCode()).isEqualTo(400);
        HttpResponse<String> r = server.get("/id/japan", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Location")).contains("/id/japan.html");
        assertThat(server.get("/id/japan", "garbage;;;q=x").headers().firstValue("Content-Location"))
                .contains("/id/japan.html");
        assertThat(server.get("/id/japan", "text/turtle;q=0.5, application/ld+json;q=0.9").headers()
                .firstValue("Content-Location")).contains("/id/japan.jsonld");
        assertThat(server.get("/void", "*/*").headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
        assertThat(server.get("/void", BROWSER_ACCEPT).headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/html");
    }

    @Test
    void literalsAreEscapedEverywhere() {
        for (String path : new String[] {"/id/hostile-note", "/id/", "/timeline", "/timeline.svg", "/id/source-article"}) {
            HttpResponse<String> r = server.get(path, BROWSER_ACCEPT);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).doesNotContain("<script>alert", "<img src=x", "<b>notes</b>");
        }
        String page = server.get("/id/hostile-note", BROWSER_ACCEPT).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;label&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
                .contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;")
                .doesNotContain("href=\"javascript:").contains("javascript:alert(2)");
    }

    @Test
    void unknownResourcesAre404() {
        HttpResponse<String> html = server.get("/id/no-such-thing", BROWSER_ACCEPT);
        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).contains("WEB-002").contains("<h1>404 · Not found</h1>");
        HttpResponse<String> text = server.get("/id/no-such-thing", "text/turtle");
        assertThat(text.statusCode()).isEqualTo(404);
        assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(server.get("/no-such-page", BROWSER_ACCEPT).statusCode()).isEqualTo(404);
        assertThat(server.get("/static/../../etc/passwd", BROWSER_ACCEPT).statusCode()).isIn(400, 404);
    }

    @ParameterizedTest
    @CsvSource({"/id/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/id/a%20b", "/id/..%2f..%2fetc", "/id/%2e%2e",
        "/id/japan%3E%20%3Fp%20%3Fo%20%7D", "/id/%00", "/id/%C3%A9t%C3%A9", "/id/-leading-dash", "/id/a%22b",
        "/id/japan/more", "/explain?s=%3Cscript%3E&p=x&o=y"})
    void hostilePathsAre4xxNever500(String path) {
        HttpResponse<String> r = server.get(path, BROWSER_ACCEPT);
        assertThat(r.statusCode()).as(path).isBetween(400, 404);
        assertThat(r.body()).doesNotContain("<script>alert", "Exception", "at org.");
    }

    @Test
    void aTenKilobyteIdentifierIsRejected() {
        String id = "a".repeat(10_000);
        HttpResponse<String> r = server.get("/id/" + id, BROWSER_ACCEPT);
        assertThat(r.statusCode()).isIn(400, 414, 431);
        assertThat(r.body()).doesNotContain(id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/id/a b", "/id/%E0%A4%A", "/id/%zz", "/id/<script>", "/id/japan\"onload"})
    void pathsNoClientLibrarySendsAre4xx(String path) throws Exception {
        assertThat(server.rawStatus(path)).as(path).isBetween(400, 404);
    }

    @Test
    void pagesAreReadOnly() {
        for (String method : List.of("POST", "PUT", "DELETE")) {
            assertThat(server.send(method, "/id/japan").statusCode()).as(method).isIn(400, 403, 405);
            assertThat(server.send(method, "/").statusCode()).as(method).isIn(400, 403, 405);
        }
        HttpResponse<String> head = server.send("HEAD", "/id/japan");
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void browseListsEntitiesByClass() {
        String page = server.get("/id/", BROWSER_ACCEPT).body();
        assertThat(page).contains("<h2 id=\"State\">").contains("href=\"/id/japan\"").contains("href=\"#State\"");
    }

    private static Lang lang(Variant v) {
        return switch (v) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
            default -> Lang.NTRIPLES;
        };
    }
}
