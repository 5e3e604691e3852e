package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.w3id.sikg.vocab.SD;
import org.w3id.sikg.vocab.SIKG;
import org.xml.sax.InputSource;

/** The machine-readable side over plain HTTP: VoID, service description, dumps, ontology, explanations, pictures. */
class WebDataTest {

    private static final String HTML = WebHttpTest.BROWSER_ACCEPT;

    @TempDir
    static Path examples;

    private static WebTestServer server;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(examples.resolve("cq07-china-institutions.rq"),
                "# CQ07 - Which regional institutions did China launch?\nSELECT * WHERE { ?s ?p ?o } LIMIT 1\n",
                StandardCharsets.UTF_8);
        Files.writeString(examples.resolve("notes.txt"), "not a query", StandardCharsets.UTF_8);
        server = WebTestServer.start(WebSettings.defaults().withExamplesDirectory(examples)
                .withAssertedSparqlPath("/kg-asserted/sparql"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void voidDescribesTheDatasetAtBothAddresses() {
        for (String path : List.of("/void", "/.well-known/void")) {
            HttpResponse<String> r = server.get(path, "text/turtle");
            assertThat(r.statusCode()).isEqualTo(200);
            Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
            Node ds = NodeFactory.createURI(DatasetDescription.DATASET);
            assertThat(g.contains(ds, RDF.type.asNode(), VOID.Dataset.asNode())).isTrue();
            assertThat(g.contains(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(server.base() + "/kg/sparql")))
                    .isTrue();
            assertThat(g.contains(ds, VOID.dataDump.asNode(), NodeFactory.createURI(server.base() + "/dumps/sikg.trig")))
                    .isTrue();
            assertThat(g.contains(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(SIKG.ID_NS))).isTrue();
            long served = WebHttpTest.expectedCounts(server).servedTriples();
            long quads = Txn.calculateRead(server.dataset(), () -> (long) server.dataset().stream().count());
            assertThat(served).as("the fixture states some triples in two graphs").isLessThan(quads);
            assertThat(g.find(ds, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                    .isEqualTo(Long.toString(served));
            assertThat(g.find(Node.ANY, VOID.linkPredicate.asNode(), Node.ANY).toList()).hasSize(1);
        }
        assertThat(server.get("/void", HTML).body()).contains("<pre class=\"explanation rdf\">")
                .contains("void:sparqlEndpoint");
        assertThat(RDFParser.fromString(server.get("/void", "application/ld+json").body(), Lang.JSONLD).toGraph()
                .isEmpty()).isFalse();
    }

    @Test
    void theEndpointDescribesItselfWhenGotWithoutAQuery() {
        HttpResponse<String> r = server.get("/kg/sparql", "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        Graph g = RDFParser.fromString(r.body(), Lang.TURTLE).toGraph();
        assertThat(g.contains(Node.ANY, SD.endpoint.asNode(), NodeFactory.createURI(server.base() + "/kg/sparql")))
                .isTrue();
        assertThat(g.contains(Node.ANY, SD.endpoint.asNode(),
                NodeFactory.createURI(server.base() + "/kg-asserted/sparql"))).isTrue();
        assertThat(g.contains(Node.ANY, SD.name.asNode(), NodeFactory.createURI(SIKG.GRAPH_INFERRED))).isTrue();
        assertThat(RDFParser.fromString(server.get("/service-description", "text/turtle").body(), Lang.TURTLE).toGraph()
                .isIsomorphicWith(g)).isTrue();
        HttpResponse<String> query = server.get("/kg/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertThat(query.body()).contains("\"boolean\"");
    }

    @Test
    void dumpsHoldEveryQuadOfTheStore() {
        DatasetGraph store = server.dataset();
        for (String path : List.of("/dumps/sikg.trig", "/dumps/sikg.nq")) {
            HttpResponse<String> r = server.get(path, null);
            assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            DatasetGraph dump = RDFParser.fromString(r.body(), path.endsWith(".nq") ? Lang.NQUADS : Lang.TRIG)
                    .toDatasetGraph();
            DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            Txn.executeRead(store, () -> store.find().forEachRemaining(copy::add));
            assertThat(dump.stream().count()).isEqualTo(copy.stream().count());
            assertThat(org.apache.jena.sparql.util.IsoMatcher.isomorphic(copy, dump)).isTrue();
        }
    }

    @Test
    void ontologyIsDocumentedAndDownloadable() {
        Graph stored = Txn.calculateRead(server.dataset(),
                () -> org.apache.jena.sparql.graph.GraphFactory.createGraphMem());
        Txn.executeRead(server.dataset(), () -> server.dataset()
                .getGraph(NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY)).find().forEachRemaining(stored::add));
        assertThat(RDFParser.fromString(server.get("/ontology.ttl", null).body(), Lang.TURTLE).toGraph()
                .isIsomorphicWith(stored)).isTrue();
        assertThat(RDFParser.fromString(server.get("/ontology.rdf", null).body(), Lang.RDFXML).toGraph()
                .isIsomorphicWith(stored)).isTrue();
        assertThat(RDFParser.fromString(server.get("/ontology", "text/turtle").body(), Lang.TURTLE).toGraph()
                .isIsomorphicWith(stored)).isTrue();
        String page = server.get("/ontology", HTML).body();
        assertThat(page).contains("<section class=\"term-doc\" id=\"State\">", "id=\"alliedWith\"")
                .contains("A sovereign state.").contains("has party exactly 2 state").contains("has party some state")
                .contains("inverse(spoke) o hub").contains("<dt>article section</dt>")
                .contains("<dt>characteristics</dt>").contains("1 asserted, 1 with inference");
    }

    @Test
    void explanationsInEveryRendering() {
        String q = "/explain?s=" + Links.encodeQuery(SIKG.ID_NS + "japan") + "&p="
                + Links.encodeQuery(SIKG.NS + "alliedWith") + "&o=" + Links.encodeQuery(SIKG.ID_NS + "united-states");
        assertThat(server.get(q, "text/plain").body()).startsWith("sikgid:japan sikg:alliedWith");
        JsonObject json = JSON.parse(server.get(q + "&format=json", HTML).body());
        assertThat(json.get("rule").getAsString().value()).isEqualTo("spoke-allied-with-hub");
        assertThat(RDFParser.fromString(server.get(q, "text/turtle").body(), Lang.TURTLE).toGraph().isEmpty()).isFalse();
        String label = "/explain?s=" + Links.encodeQuery(SIKG.ID_NS + "japan")
                + "&p=http%3A%2F%2Fwww.w3.org%2F2000%2F01%2Frdf-schema%23label&o=%22Japan%22%40en";
        assertThat(server.get(label, HTML).body()).contains("This statement is asserted").contains(">§2.1</a>")
                .contains("data/entities.csv:2");
        String noDerivation = "/explain?s=" + Links.encodeQuery(SIKG.ID_NS + "japan")
                + "&p=http%3A%2F%2Fwww.w3.org%2F1999%2F02%2F22-rdf-syntax-ns%23type&o="
                + Links.encodeQuery(SIKG.NS + "Actor");
        assertThat(server.get(noDerivation, HTML).body()).contains("WEB-005");
        assertThat(server.get(noDerivation, HTML).statusCode()).isEqualTo(404);
        assertThat(server.get(q.replace("united-states", "china"), HTML).statusCode()).isEqualTo(404);
        assertThat(server.get("/explain?s=x&p=y", HTML).statusCode()).isEqualTo(400);
        assertThat(server.get(q + "&format=pdf", HTML).statusCode()).isEqualTo(400);
    }

    @Test
    void editorConfigurationListsTheCompetencyQuestionsAndPrefixes() {
        JsonObject config = JSON.parse(server.get("/sparql-editor/config.json", null).body());
        assertThat(config.get("endpoint").getAsString().value()).isEqualTo("/kg/sparql");
        assertThat(config.get("examples").getAsArray()).hasSize(1);
        JsonObject cq = config.get("examples").getAsArray().get(0).getAsObject();
        assertThat(cq.get("name").getAsString().value()).isEqualTo("cq07");
        assertThat(cq.get("title").getAsString().value()).isEqualTo("Which regional institutions did China launch?");
        JsonObject prefixes = JSON.parse(server.get("/sparql-editor/prefixes.json", null).body());
        assertThat(prefixes.get("sikg").getAsString().value()).isEqualTo(SIKG.NS);
        String page = server.get("/sparql-editor", HTML).body();
        assertThat(page).contains("<script src=\"/static/yasgui/yasgui.min.js\"></script>")
                .doesNotContain("<script>").doesNotContainPattern("https?://[^\"]*cdn");
        assertThat(server.get("/static/yasgui/yasgui.min.js", null).body().length()).isGreaterThan(500_000);
    }

    @Test
    void picturesAreWellFormedSvg() throws Exception {
        Document network = xml(server.get("/network.svg", null));
        assertThat(nodesWith(network, "g", "data-role", "hub")).containsExactly("United States (hub)");
        assertThat(nodesWith(network, "g", "data-role", "spoke")).hasSize(4);
        assertThat(nodesWith(network, "path", "data-inferred", "true")).hasSize(4);
        Document timeline = xml(server.get("/timeline.svg", null));
        List<String> items = nodesWith(timeline, "g", "data-kind", "document");
        assertThat(items).hasSize(5);
        assertThat(nodesWith(timeline, "g", "data-redefinition", "true")).hasSize(3);
        assertThat(server.get("/timeline", HTML).body()).containsSubsequence("1990-08-02 – 1991-02-28", "1994-08",
                "1995-02", "1996-04-17", "1997-09-23");
    }

    private static Document xml(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
    }

    /** The {@code <title>} texts of the elements named {@code tag} whose {@code attribute} is {@code value}. */
    private static List<String> nodesWith(Document d, String tag, String attribute, String value) {
        NodeList list = d.getElementsByTagName(tag);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) list.item(i);
            if (value.equals(e.getAttribute(attribute))) {
                NodeList titles = e.getElementsByTagName("title");
                out.add(titles.getLength() > 0 ? titles.item(0).getTextContent() : "");
            }
        }
        return out;
    }
}
