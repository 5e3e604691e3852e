package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Before anything is loaded every page still answers, with nothing to show rather than an error. */
class WebEmptyStoreTest {

    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = WebTestServer.startEmpty();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/id/", "/ontology", "/ontology.ttl", "/network", "/network.svg", "/timeline",
        "/timeline.svg", "/void", "/.well-known/void", "/service-description", "/kg/sparql", "/dumps/sikg.nq",
        "/sparql-editor", "/sparql-editor/config.json"})
    void everyPageAnswersOnAnEmptyStore(String path) {
        assertThat(server.get(path, WebHttpTest.BROWSER_ACCEPT).statusCode()).as(path).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/japan", "/id/japan.ttl"})
    void noEntityIsKnown(String path) {
        assertThat(server.get(path, WebHttpTest.BROWSER_ACCEPT).statusCode()).isEqualTo(404);
    }
}
