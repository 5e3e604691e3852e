package org.w3id.sikg.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /}: what SIKG is, what is in it (cached counts), the competency questions and links to every other page. */
final class HomeServlet extends WebServlet {

    private final transient DatasetStats stats;
    private final transient ExampleQueries examples;

    HomeServlet(Site site, DatasetStats stats, ExampleQueries examples) {
        super(site);
        this.stats = stats;
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        html(resp, "home", new HomePage(stats.counts(), site.settings().assertedSparqlPath().orElse(null),
                EditorServlet.views(examples.list())));
    }

    /**
     * @param counts triples and entities
     * @param assertedSparqlPath the asserted-only endpoint, or null
     * @param questions the competency questions, each linking to the editor and to its file
     */
    public record HomePage(DatasetStats.Counts counts, String assertedSparqlPath,
            List<EditorServlet.ExampleView> questions) {

        public boolean hasQuestions() {
            return !questions.isEmpty();
        }
    }
}
