package org.w3id.sikg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.query.KgView;

/**
 * Adds pages or services to the SIKG server, on the same port as the SPARQL endpoints (e.g. the web front end:
 * home page, resource pages, SPARQL editor). Passed to {@link SikgServer.Builder#extension}; called once while the
 * server is built.
 *
 * <pre>
 *   SikgServer.builder(store).settings(settings)
 *       .extension(r -&gt; r.servlet("", new HomePage(r.dataset(KgView.ALL)))
 *                        .servlet("/id/*", new ResourcePages(r.dataset(KgView.ALL))))
 *       .build().start();
 * </pre>
 *
 * <p>Path specs are servlet path specs: {@code ""} is the home page (exactly {@code /}), {@code "/id/*"} a prefix.
 * {@code "/"} is taken by the server's 404 fallback, and the paths of the datasets ({@code /kg/...},
 * {@code /kg-asserted/...}) and {@code /$/...} are reserved. Every request first passes SIKG's own filters (method,
 * size and read-only checks), then the extension filters in registration order.
 */
@FunctionalInterface
public interface ServerExtension {

    /** Registers this extension's servlets and filters. */
    void register(Registrar registrar);

    /** What an extension may add to the server, and what it may read. */
    interface Registrar {

        /** Serves {@code pathSpec} with {@code servlet}. */
        Registrar servlet(String pathSpec, HttpServlet servlet);

        /** Passes requests matching {@code pathSpec} through {@code filter}, after SIKG's own filters. */
        Registrar filter(String pathSpec, Filter filter);

        /** The dataset of a view, as the SPARQL endpoints query it (read it inside a read transaction). */
        DatasetGraph dataset(KgView view);

        /** The server's settings (limits to apply to pages that run queries). */
        ServerSettings settings();
    }
}
