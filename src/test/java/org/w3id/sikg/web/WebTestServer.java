package org.w3id.sikg.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * An embedded Fuseki on a free loopback port serving the fixture dataset ({@code web/fixture.trig}, or nothing, in an in-memory
 * TDB2 store with the union default graph, as the real server) at {@code /kg}, with the web module registered.
 */
final class WebTestServer implements AutoCloseable {

    private final FusekiServer server;
    private final DatasetGraph dataset;
    private final WebModule module;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private WebTestServer(WebSettings settings, String fixture) {
        dataset = DatabaseMgr.createDatasetGraph();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        if (fixture != null) {
            Txn.executeWrite(dataset, () -> RDFDataMgr.read(dataset, fixture));
        }
        FusekiServer.Builder builder = FusekiServer.create().port(0).loopback(true)
                .add("/kg", dataset, false);
        module = WebModule.register(builder,
                new WebContext(dataset, new FixtureExplainer("web/explanations.json"), settings));
        server = builder.build().start();
    }

    static WebTestServer start(WebSettings settings) {
        return new WebTestServer(settings, "web/fixture.trig");
    }

    /** A server on an empty store (before the first load). */
    static WebTestServer startEmpty() {
        return new WebTestServer(WebSettings.defaults(), null);
    }

    static WebTestServer start() {
        return start(WebSettings.defaults());
    }

    String base() {
        return "http://localhost:" + server.getHttpPort();
    }

    DatasetGraph dataset() {
        return dataset;
    }

    WebModule module() {
        return module;
    }

    /** GET {@code path} (already percent-encoded) with an Accept header. */
    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20));
        if (accept != null) {
            rb.header("Accept", accept);
        }
        try {
            return client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status of a GET sent as raw bytes, for request lines an HTTP client library refuses to send. */
    int rawStatus(String rawPath) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", server.getHttpPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close"
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String status = new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
            return Integer.parseInt(status.substring(9, 12));
        }
    }

    /** Sends {@code method} to {@code path} with an empty body. */
    HttpResponse<String> send(String method, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(20))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    @Override
    public void close() {
        server.stop();
    }
}
