package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** Counts and pictures are cached; a reload followed by {@link WebModule#invalidateCaches()} shows the new data. */
class WebCacheTest {

    @Test
    void cachesLastUntilTheServerInvalidatesThem() {
        try (WebTestServer server = WebTestServer.startEmpty()) {
            assertThat(server.get("/", WebHttpTest.BROWSER_ACCEPT).body())
                    .contains("<td class=\"inferred-triples\">0</td>");
            assertThat(server.get("/network.svg", null).body()).doesNotContain("data-role=\"hub\"");
            Txn.executeWrite(server.dataset(), () -> RDFDataMgr.read(server.dataset(), "web/fixture.trig"));
            assertThat(server.get("/", WebHttpTest.BROWSER_ACCEPT).body())
                    .contains("<td class=\"inferred-triples\">0</td>");
            server.module().invalidateCaches();
            long inferred = WebHttpTest.expectedCounts(server).inferredTriples();
            assertThat(server.get("/", WebHttpTest.BROWSER_ACCEPT).body())
                    .contains("<td class=\"inferred-triples\">" + inferred + "</td>");
            assertThat(server.get("/network.svg", null).body()).contains("data-role=\"hub\"");
            assertThat(server.get("/ontology", WebHttpTest.BROWSER_ACCEPT).body()).contains("id=\"State\"");
        }
    }
}
