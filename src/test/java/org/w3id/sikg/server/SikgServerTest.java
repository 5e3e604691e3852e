package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.sikg.query.KgFixture;

/** The SPARQL and Graph Store endpoints of a read-only server on a free loopback port. */
class SikgServerTest {

    private static ServerFixture fx;

    @BeforeAll
    static void start() {
        fx = ServerFixture.start();
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void listensOnLoopbackOnTheRealPortItReports() {
        assertThat(fx.port()).isPositive();
        assertThat(fx.server.baseUrl()).isEqualTo("http://127.0.0.1:" + fx.port() + "/");
        HttpResponse<String> ping = Http.get(fx.url("/$/ping"));
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(fx.server.urls()).anyMatch(u -> u.startsWith(fx.sparql()));
    }

    @Test
    void theUnionEndpointServesInferredTriplesAndTheAssertedOneDoesNot() {
        String q = KgFixture.text("/server/queries/alliances.rq");
        assertThat(rows(Http.query(fx.sparql(), q, "Accept", "application/sparql-results+json"))).isEqualTo(4);
        assertThat(rows(Http.query(fx.asserted(), q, "Accept", "application/sparql-results+json"))).isEqualTo(2);
        String ask = KgFixture.text("/server/queries/ask-inferred.rq");
        assertThat(Http.query(fx.sparql(), ask, "Accept", "application/sparql-results+json").body())
                .contains("true");
        assertThat(Http.query(fx.asserted(), ask, "Accept", "application/sparql-results+json").body())
                .contains("false");
    }

    @ParameterizedTest
    @CsvSource({
        "application/sparql-results+json, application/sparql-results+json, JSON",
        "application/sparql-results+xml,  application/sparql-results+xml,  XML",
        "text/csv,                        text/csv,                        CSV",
        "text/tab-separated-values,       text/tab-separated-values,       TSV"})
    void selectResultsFollowTheAcceptHeader(String accept, String contentType, String lang) {
        HttpResponse<String> r = Http.query(fx.sparql(), KgFixture.text("/server/queries/alliances.rq"),
                "Accept", accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        assertThat(parse(r.body(), lang)).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"json, application/sparql-results+json", "xml, application/sparql-results+xml",
        "csv, text/csv", "tsv, text/tab-separated-values"})
    void selectResultsFollowTheFormatParameter(String format, String contentType) {
        String url = fx.sparql() + "?format=" + format + "&query="
                + Http.encode(KgFixture.text("/server/queries/alliances.rq"));
        HttpResponse<String> r = Http.get(url);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
    }

    @ParameterizedTest
    @CsvSource({"text/turtle, TURTLE", "application/ld+json, JSONLD", "application/rdf+xml, RDFXML",
        "application/n-triples, NTRIPLES", "application/trig, TRIG"})
    void graphResultsFollowTheAcceptHeader(String accept, String lang) {
        for (String name : new String[] {"construct-alliances.rq", "describe-us.rq"}) {
            HttpResponse<String> r = Http.query(fx.sparql(), KgFixture.text("/server/queries/" + name),
                    "Accept", accept);
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(name).startsWith(accept);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), rdfLang(lang)).parse(g);
            assertThat(g.size()).as(name + " as " + accept).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aMalformedQueryIsA400WithTheParseError() {
        HttpResponse<String> r = Http.query(fx.sparql(), "SELECT ?x WHERE { ?x ?y }");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).containsIgnoringCase("line 1").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void postedQueriesWork() {
        String q = KgFixture.text("/server/queries/alliances.rq");
        HttpResponse<String> direct = Http.post(fx.sparql(), "application/sparql-query", q,
                "Accept", "application/sparql-results+json");
        HttpResponse<String> form = Http.post(fx.sparql(), "application/x-www-form-urlencoded",
                "query=" + Http.encode(q), "Accept", "application/sparql-results+json");
        assertThat(rows(direct)).isEqualTo(4);
        assertThat(rows(form)).isEqualTo(4);
    }

    @Test
    void theGraphStoreServesTheUnionAsDefaultGraphAndHidesInferredFromTheAssertedView() {
        HttpResponse<String> all = Http.get(fx.url("/kg/data?default"), "Accept", "application/n-triples");
        HttpResponse<String> asserted = Http.get(fx.url("/kg-asserted/data?default"), "Accept",
                "application/n-triples");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(asserted.statusCode()).isEqualTo(200);
        String usJapan = "<https://w3id.org/sikg/id/united-states> <https://w3id.org/sikg/ontology#alliedWith> "
                + "<https://w3id.org/sikg/id/japan>";
        assertThat(all.body()).contains(usJapan);
        assertThat(asserted.body()).doesNotContain(usJapan).contains("<https://w3id.org/sikg/id/japan> "
                + "<https://w3id.org/sikg/ontology#alliedWith>");
        HttpResponse<String> named = Http.get(fx.url("/kg/get?graph=" + Http.encode(
                "https://w3id.org/sikg/graph/inferred")), "Accept", "text/turtle");
        assertThat(named.statusCode()).isEqualTo(200);
        HttpResponse<String> hidden = Http.get(fx.url("/kg-asserted/data?graph=" + Http.encode(
                "https://w3id.org/sikg/graph/inferred")), "Accept", "application/n-triples");
        assertThat(hidden.body()).doesNotContain("alliedWith");
    }

    @Test
    void aDumpOfADatasetHoldsEachQuadOnceAndNoUnionDefaultGraph() {
        for (String accept : new String[] {"application/trig", "application/n-quads"}) {
            HttpResponse<String> all = Http.get(fx.url("/kg/data"), "Accept", accept);
            HttpResponse<String> asserted = Http.get(fx.url("/kg-asserted/data"), "Accept", accept);
            org.apache.jena.sparql.core.DatasetGraph a = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            org.apache.jena.sparql.core.DatasetGraph b = org.apache.jena.sparql.core.DatasetGraphFactory.create();
            Lang lang = accept.endsWith("trig") ? Lang.TRIG : Lang.NQUADS;
            RDFParser.fromString(all.body(), lang).parse(a);
            RDFParser.fromString(asserted.body(), lang).parse(b);
            assertThat(a.getDefaultGraph().isEmpty()).as(accept).isTrue();
            assertThat(b.getDefaultGraph().isEmpty()).as(accept).isTrue();
            assertThat(a.containsGraph(org.w3id.sikg.query.KgView.INFERRED)).isTrue();
            assertThat(b.containsGraph(org.w3id.sikg.query.KgView.INFERRED)).isFalse();
            assertThat(org.apache.jena.atlas.iterator.Iter.count(a.find())).as(accept)
                    .isEqualTo(org.apache.jena.atlas.iterator.Iter.count(KgFixture.plain().find()));
        }
    }

    private static Lang rdfLang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "JSONLD" -> Lang.JSONLD;
            case "RDFXML" -> Lang.RDFXML;
            case "NTRIPLES" -> Lang.NTRIPLES;
            default -> Lang.TRIG;
        };
    }

    static int rows(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonObject json = JSON.parse(r.body());
        return json.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    private static int parse(String body, String lang) {
        Lang l = switch (lang) {
            case "JSON" -> ResultSetLang.RS_JSON;
            case "XML" -> ResultSetLang.RS_XML;
            case "CSV" -> ResultSetLang.RS_CSV;
            default -> ResultSetLang.RS_TSV;
        };
        ResultSet rs = ResultSetMgr.read(new java.io.ByteArrayInputStream(
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8)), l);
        return ResultSetFactory.makeRewindable(rs).size();
    }
}
