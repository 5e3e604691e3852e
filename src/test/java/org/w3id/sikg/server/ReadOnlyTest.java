package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.query.KgFixture;

/** Without an admin password file nothing can change the data: every write is refused, and nothing changed. */
class ReadOnlyTest {

    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
    private static final String TURTLE = "<urn:x:s> <urn:x:p> <urn:x:o> .";

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
    void sparqlUpdateIsRefusedEverywhere() {
        for (String path : new String[] {"/kg/update", "/kg/sparql", "/kg", "/kg-asserted/update", "/kg/data"}) {
            HttpResponse<String> r = Http.post(fx.url(path), "application/sparql-update", INSERT);
            assertThat(r.statusCode()).as(path).isIn(403, 405);
            assertThat(r.body()).as(path).contains("SERVER-003");
        }
        HttpResponse<String> form = Http.post(fx.url("/kg/update"), "application/x-www-form-urlencoded",
                "update=" + Http.encode(INSERT));
        assertThat(form.statusCode()).isEqualTo(403);
        HttpResponse<String> viaQuery = Http.post(fx.sparql(), "application/x-www-form-urlencoded",
                "update=" + Http.encode(INSERT));
        assertThat(viaQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void graphStoreWritesAreRefused() {
        String graph = "?graph=" + Http.encode("urn:x:g");
        for (String method : new String[] {"PUT", "POST", "DELETE", "PATCH"}) {
            for (String path : new String[] {"/kg/data", "/kg/get", "/kg-asserted/data"}) {
                HttpResponse<String> r = Http.method(method, fx.url(path + graph), "text/turtle", TURTLE);
                assertThat(r.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(r.headers().firstValue("Allow").orElse("")).doesNotContain("PUT");
            }
        }
        assertThat(Http.method("DELETE", fx.url("/kg/data?default"), null, null).statusCode()).isEqualTo(405);
    }

    @Test
    void otherMethodsAreRefused() {
        for (String method : new String[] {"TRACE", "PROPFIND", "CONNECT", "MOVE"}) {
            Http.Raw r = Http.raw(fx.port(), method + " /kg/sparql HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n", null);
            assertThat(r.status()).as(method).isIn(400, 405);
        }
    }

    @Test
    void theDataIsUnchanged() {
        sparqlUpdateIsRefusedEverywhere();
        graphStoreWritesAreRefused();
        HttpResponse<String> r = Http.query(fx.sparql(), "ASK { GRAPH <urn:x:g> { ?s ?p ?o } }",
                "Accept", "application/sparql-results+json");
        assertThat(r.body()).contains("false");
        HttpResponse<String> count = Http.query(fx.sparql(), KgFixture.text("/server/queries/count-all.rq"),
                "Accept", "text/csv");
        assertThat(count.body()).contains("\n" + countOfFixture());
    }

    private static long countOfFixture() {
        return org.apache.jena.system.Txn.calculateRead(fx.store, () -> fx.store.getUnionGraph().size());
    }
}
