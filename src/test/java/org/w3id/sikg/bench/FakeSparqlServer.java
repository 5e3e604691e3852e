package org.w3id.sikg.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in HTTP server for the server-workload tests: answers {@code /kg/sparql} with a fixed SPARQL JSON result
 * (two SIKG individuals) and {@code /id/*} with a small HTML page, on loopback. Runs in-process ({@link #start}) or
 * as a child JVM ({@link #main}, argument: the port), like {@code sikg serve} would.
 */
public final class FakeSparqlServer {

    static final String RESULTS = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":["
            + "{\"s\":{\"type\":\"uri\",\"value\":\"https://w3id.org/sikg/id/japan\"}},"
            + "{\"s\":{\"type\":\"uri\",\"value\":\"https://w3id.org/sikg/id/united-states\"}}]}}";

    private FakeSparqlServer() {
    }

    public static HttpServer start(int port, boolean servePages) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/kg/sparql", ex -> reply(ex, 200, "application/sparql-results+json", RESULTS));
        server.createContext("/id/", ex -> reply(ex, servePages ? 200 : 404, "text/html", "<html>page</html>"));
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    public static void main(String[] args) throws IOException {
        start(Integer.parseInt(args[0]), true);
    }
}
