package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.query.KgFixture;
import org.w3id.sikg.query.KgView;

/** The seam for the web front end: servlets on the same port, reading the views, behind SIKG's own filters. */
class ExtensionTest {

    @Test
    void anExtensionServesPagesNextToTheEndpoints() {
        ServerExtension pages = r -> r.servlet("", new Text("home"))
                .servlet("/id/*", new Size(r.dataset(KgView.ASSERTED)));
        try (ServerFixture fx = new ServerFixture(ServerSettings.defaults(), pages)) {
            assertThat(Http.get(fx.url("/")).body()).isEqualTo("home");
            assertThat(Http.get(fx.url("/id/japan")).body()).isEqualTo("true");
            assertThat(Http.get(fx.url("/nothing-here")).statusCode()).isEqualTo(404);
            HttpResponse<String> put = Http.method("PUT", fx.url("/id/japan"), "text/plain", "x");
            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(Http.query(fx.sparql(), "ASK {}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theEndpointPathsAreReserved() {
        DatasetGraph store = KgFixture.memoryStore();
        try {
            for (String path : new String[] {"/kg/*", "/kg-asserted/sparql", "/$/x", "/"}) {
                SikgServer.Builder builder = SikgServer.builder(store)
                        .extension(r -> r.servlet(path, new Text("x")));
                assertThatThrownBy(builder::build).as(path).isInstanceOf(IllegalArgumentException.class);
            }
        } finally {
            store.close();
        }
    }

    /** A fixed text. */
    static final class Text extends HttpServlet {
        private final String text;

        Text(String text) {
            this.text = text;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            res.setContentType("text/plain");
            res.getWriter().print(text);
        }
    }

    /** Whether the asserted view has any triple, read in a transaction as an extension would. */
    static final class Size extends HttpServlet {
        private final DatasetGraph view;

        Size(DatasetGraph view) {
            this.view = view;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
            boolean any = Txn.calculateRead(view, () -> !view.getDefaultGraph().isEmpty());
            res.setContentType("text/plain");
            res.getWriter().print(any);
        }
    }
}
