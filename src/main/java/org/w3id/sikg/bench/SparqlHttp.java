package org.w3id.sikg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The HTTP side of the server workloads: builds SPARQL and page requests and times them, body read in full. */
public final class SparqlHttp {

    /** Accept header of SPARQL requests. */
    public static final String SPARQL_JSON = "application/sparql-results+json";

    private final HttpClient client;
    private final URI base;
    private final String endpoint;
    private final Duration timeout;

    /**
     * One timed request.
     *
     * @param nanos wall-clock time from sending to the last byte of the body
     * @param status HTTP status, or 0 if there was no response
     * @param error what went wrong (status not 200, or the exception), or null
     */
    public record Sample(long nanos, int status, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * @param base e.g. {@code http://127.0.0.1:3030}
     * @param endpoint the SPARQL endpoint path, e.g. {@code /kg/sparql}
     * @param timeout per-request timeout
     */
    public SparqlHttp(URI base, String endpoint, Duration timeout) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.base = base;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    public URI base() {
        return base;
    }

    /** GET {@code <endpoint>?query=...} asking for SPARQL JSON results. */
    public HttpRequest query(String sparql) {
        URI uri = base.resolve(endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", SPARQL_JSON).GET().build();
    }

    /** GET a page, asking for HTML. */
    public HttpRequest page(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "text/html").GET().build();
    }

    /** Sends the request, reads the whole body and times it; never throws for HTTP or network failures. */
    public Sample send(HttpRequest request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - t0;
            return new Sample(nanos, r.statusCode(), r.statusCode() == 200 ? null
                    : "HTTP " + r.statusCode() + " for " + request.uri().getPath());
        } catch (IOException e) {
            return new Sample(System.nanoTime() - t0, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Sample(System.nanoTime() - t0, 0, "interrupted");
        }
    }

    /** Sends the request and returns the body when the status is 200, else null. */
    public String fetch(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? r.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
