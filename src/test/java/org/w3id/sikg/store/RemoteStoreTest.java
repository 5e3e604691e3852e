package org.w3id.sikg.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.cli.Main;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;

/** {@code load --into}: the named graphs reach a second (embedded, loopback) Fuseki over the Graph Store Protocol. */
class RemoteStoreTest {

    private static FusekiServer fuseki(boolean writable) {
        return FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem(), writable).build().start();
    }

    @Test
    void loadIntoWritesEveryNamedGraphToTheEndpoint() {
        FusekiServer server = fuseki(true);
        try {
            String url = "http://127.0.0.1:" + server.getPort() + "/ds";
            var s = Fixtures.basic();
            int exit = Main.run(new String[] {"load", "--into", url, "--ontology", s.ontologyDir().toString(),
                "--data", s.dataDir().toString()}, new java.io.PrintWriter(System.out, true),
                    new java.io.PrintWriter(System.err, true));
            assertThat(exit).isZero();
            Dataset remote;
            try (RDFConnection conn = RDFConnection.connect(url)) {
                remote = conn.fetchDataset();
            }
            DatasetGraph expected = SikgStore.storedForm(Pipeline.build(s, Enricher.discovered()).dataset());
            RdfAssert.assertIsomorphic(expected, remote.asDatasetGraph(), "the remote dataset");
        } finally {
            server.stop();
        }
    }

    @Test
    void aReadOnlyEndpointIsRemote001() {
        FusekiServer server = fuseki(false);
        try {
            String url = "http://127.0.0.1:" + server.getPort() + "/ds";
            DatasetGraph data = Pipeline.build(Fixtures.basic(), List.of()).dataset();
            assertThatThrownBy(() -> RemoteStore.publish(data, url)).isInstanceOfSatisfying(SikgException.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.REMOTE_FAILURE);
                assertThat(e.getMessage()).contains("HTTP 405");
            });
        } finally {
            server.stop();
        }
    }

    @Test
    void anUnreachableEndpointIsRemote001() {
        FusekiServer server = fuseki(true);
        int port = server.getPort();
        server.stop();
        DatasetGraph data = Pipeline.build(Fixtures.basic(), List.of()).dataset();
        assertThatThrownBy(() -> RemoteStore.publish(data, "http://127.0.0.1:" + port + "/ds"))
                .isInstanceOfSatisfying(SikgException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.REMOTE_FAILURE));
    }
}
