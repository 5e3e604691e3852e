package org.w3id.sikg.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /}: what SIKG is, what is in it (cached counts) and links to every other page. */
final class HomeServlet extends WebServlet {

    private final transient DatasetStats stats;

    HomeServlet(Site site, DatasetStats stats) {
        super(site);
        this.stats = stats;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        html(resp, "home", new HomePage(stats.counts(), site.settings().assertedSparqlPath().orElse(null)));
    }

    /**
     * @param counts triples and entities
     * @param assertedSparqlPath the asserted-only endpoint, or null
     */
    public record HomePage(DatasetStats.Counts counts, String assertedSparqlPath) {
    }
}
