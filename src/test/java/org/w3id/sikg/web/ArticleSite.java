package org.w3id.sikg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.reason.ExplanationRendering;
import org.w3id.sikg.reason.Explanations;
import org.w3id.sikg.reason.OntologyRules;
import org.w3id.sikg.server.ServerSettings;
import org.w3id.sikg.server.SikgServer;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

/**
 * The web front end over the REAL data: the store built, as {@code sikg serve} builds it on first start, from the
 * ontology and data embedded in the jar ({@link Sources#embedded()}: the build copies {@code ontology/} and
 * {@code data/} there) with the discovered enrichers (reasoning); served by {@link SikgServer} on a free loopback
 * port with the web module registered as {@code serve} registers it, {@code /explain} bound to the reasoner's
 * {@link Explanations} (materialised on the first request, as in serve) and the competency questions the build
 * embeds. The store is built once per test JVM (about half a minute on two cores) and shared by the test classes;
 * each class starts and stops its own server.
 */
final class ArticleSite implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleSite.class);
    private static SikgStore store;

    private final SikgServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private Explanations explanations;

    private ArticleSite() {
        DatasetGraph dataset = dataset();
        SikgServer built = SikgServer.builder(dataset).settings(ServerSettings.defaults().withPort(0)
                .withAccessLog(false)).extension(r -> WebModule.register(new WebContext(r.dataset(KgView.ALL),
                        this::explain, WebSettings.defaults().withAssertedSparqlPath("/kg-asserted/sparql")),
                        r::servlet, r::filter)).build();
        try {
            built.start();
        } catch (RuntimeException e) {
            built.stop();
            throw e;
        }
        this.server = built;
    }

    /** Starts a server over the article's store (built first if this JVM has not built it yet). */
    static ArticleSite start() {
        return new ArticleSite();
    }

    /** The article's store with reasoning, built once per JVM from the embedded ontology and data. */
    static synchronized DatasetGraph dataset() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("sikg-web-article-");
                long start = System.nanoTime();
                StoreBuilder.load(dir, Sources.embedded(), Enricher.discovered());
                store = SikgStore.open(dir);
                LOG.info("article store built for the web tests in {} ms", (System.nanoTime() - start) / 1_000_000);
                SikgStore opened = store;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    opened.close();
                    delete(dir);
                }, "sikg-web-article-store-cleanup"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store.dataset();
    }

    private synchronized Optional<String> explain(Triple triple, ExplanationFormat format) {
        if (explanations == null) {
            explanations = Explanations.of(dataset(), OntologyRules.of(Sources.embedded().ontologyDir()));
        }
        return explanations.render(triple, ExplanationRendering.valueOf(format.name()));
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String base() {
        String url = server.baseUrl();
        return url.substring(0, url.length() - 1);
    }

    /** GET {@code path} (already percent-encoded) with an Accept header; fails on I/O errors. */
    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) {
            rb.header("Accept", accept);
        }
        try {
            return client.send(rb.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a GET that must answer 200. */
    String page(String path) {
        HttpResponse<String> r = get(path, "text/html");
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", root, e.getMessage());
        }
    }
}
