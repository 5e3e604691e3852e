package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.query.KgFixture;

/**
 * No SSRF through federation: SERVICE reaches an allowlisted second Fuseki on loopback, and nothing else. The
 * other loopback Fuseki counts the requests it receives, to prove a refused call never left the server.
 */
class ServiceTest {

    private static FusekiServer allowed;
    private static FusekiServer other;
    private static final AtomicInteger OTHER_HITS = new AtomicInteger();
    private static ServerFixture fx;

    @BeforeAll
    static void start() {
        allowed = remote(null).start();
        other = remote(new Counter()).start();
        fx = new ServerFixture(ServerSettings.defaults()
                .withServiceAllowlist(List.of(URI.create(endpoint(allowed)))));
    }

    @AfterAll
    static void stop() {
        try {
            if (fx != null) {
                fx.close();
            }
        } finally {
            allowed.stop();
            other.stop();
        }
    }

    @Test
    void anAllowlistedEndpointIsCalled() {
        HttpResponse<String> r = Http.query(fx.sparql(), query("service-remote.rq", endpoint(allowed)),
                "Accept", "application/sparql-results+json");
        assertThat(SikgServerTest.rows(r)).isEqualTo(1);
        assertThat(r.body()).contains("remote label");
    }

    @Test
    void anyOtherEndpointIsRefusedWithoutBeingCalled() {
        int before = OTHER_HITS.get();
        for (String name : new String[] {"service-remote.rq", "service-variable.rq", "service-in-exists.rq"}) {
            for (String target : new String[] {endpoint(other), "http://127.0.0.1:" + other.getHttpPort() + "/",
                    "http://localhost:" + allowed.getHttpPort() + "/remote/sparql", endpoint(allowed) + "?x=1",
                    "file:///etc/passwd"}) {
                HttpResponse<String> r = Http.query(fx.sparql(), query(name, target));
                assertThat(r.statusCode()).as(name + " " + target).isEqualTo(403);
                assertThat(r.body()).contains("QUERY-004");
            }
        }
        HttpResponse<String> variableToAllowed = Http.query(fx.sparql(),
                query("service-variable.rq", endpoint(allowed)));
        assertThat(variableToAllowed.statusCode()).isEqualTo(403);
        assertThat(OTHER_HITS.get()).isEqualTo(before);
    }

    @Test
    void withoutAnAllowlistNoServiceIsCalled() {
        try (ServerFixture closed = ServerFixture.start()) {
            HttpResponse<String> r = Http.query(closed.sparql(), query("service-remote.rq", endpoint(allowed)));
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("calls no other SPARQL endpoint");
        }
    }

    private static String query(String name, String endpoint) {
        return KgFixture.text("/server/queries/" + name).replace("ENDPOINT", endpoint);
    }

    private static String endpoint(FusekiServer server) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/remote/sparql";
    }

    private static FusekiServer remote(HttpFilter filter) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.getDefaultGraph().add(NodeFactory.createURI("urn:x:remote"), RDFS.label.asNode(),
                NodeFactory.createLiteralString("remote label"));
        FusekiServer.Builder b = FusekiServer.create().fusekiModules(FusekiModules.empty()).port(0).loopback(true)
                .add("/remote", dsg);
        if (filter != null) {
            b.addFilter("/*", filter);
        }
        return b.build();
    }

    /** Counts the requests the non-allowlisted server receives. */
    static final class Counter extends HttpFilter {
        @Override
        protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws IOException, ServletException {
            OTHER_HITS.incrementAndGet();
            chain.doFilter(req, res);
        }
    }
}
