package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.sikg.error.ErrorCode;

/**
 * {@code /sparql-editor}: YASGUI (from its webjar) on the SPARQL endpoint, with SIKG's prefixes for autocompletion
 * and the competency questions as examples. The page lists the questions (number and title, escaped by the
 * template); {@code /sparql-editor/config.json} (endpoints, the questions' text) and
 * {@code /sparql-editor/prefixes.json} (prefix.cc format) feed the page's script, which opens a question in its own
 * tab when its button is pressed or when the page is opened at {@code #cqNN}. {@code /sparql-editor/queries/FILE.rq}
 * serves a question's file as {@code application/sparql-query}.
 */
final class EditorServlet extends WebServlet {

    private static final String DEFAULT_QUERY = "org/w3id/sikg/web/queries/editor-default.rq";

    static final String QUERIES = "/queries/";

    private final transient ExampleQueries examples;

    EditorServlet(Site site, ExampleQueries examples) {
        super(site);
        this.examples = examples;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if (info == null || info.equals("/")) {
            html(resp, "editor", new EditorPage(site.settings().sparqlPath(),
                    site.settings().assertedSparqlPath().orElse(null), views(examples.list())));
        } else if (info.equals("/config.json")) {
            json(resp, config());
        } else if (info.equals("/prefixes.json")) {
            JsonObject o = new JsonObject();
            site.prefixes().getNsPrefixMap().forEach(o::put);
            json(resp, o);
        } else if (info.startsWith(QUERIES)) {
            String file = info.substring(QUERIES.length());
            ExampleQueries.Example e = examples.byFile(file).orElseThrow(() -> problem(ErrorCode.WEB_NOT_FOUND, req,
                    "no competency question is in a file named '" + ResourceServlet.abbreviate(file) + "'"));
            resp.setContentType("application/sparql-query; charset=utf-8");
            resp.setHeader("Cache-Control", "no-cache");
            resp.getOutputStream().write(e.query().getBytes(StandardCharsets.UTF_8));
        } else {
            throw problem(ErrorCode.WEB_NOT_FOUND, req, "the editor has no such page");
        }
    }

    /** The questions as pages list them, linking to the editor tab and to the file. */
    static List<ExampleView> views(List<ExampleQueries.Example> list) {
        return list.stream().map(e -> new ExampleView(e.name(), e.title(), e.file(), "/sparql-editor#" + e.name(),
                "/sparql-editor" + QUERIES + Links.encodePathSegment(e.file()))).toList();
    }

    private JsonObject config() throws IOException {
        JsonObject o = new JsonObject();
        o.put("endpoint", site.settings().sparqlPath());
        JsonArray endpoints = new JsonArray();
        endpoints.add(site.settings().sparqlPath());
        site.settings().assertedSparqlPath().ifPresent(endpoints::add);
        o.put("endpoints", endpoints);
        o.put("prefixesUrl", "/sparql-editor/prefixes.json");
        o.put("defaultQuery", defaultQuery());
        JsonArray list = new JsonArray();
        for (ExampleQueries.Example e : examples.list()) {
            JsonObject x = new JsonObject();
            x.put("name", e.name());
            x.put("title", e.title());
            x.put("file", e.file());
            x.put("query", e.query());
            list.add(x);
        }
        o.put("examples", list);
        return o;
    }

    private static String defaultQuery() throws IOException {
        try (InputStream in = EditorServlet.class.getClassLoader().getResourceAsStream(DEFAULT_QUERY)) {
            if (in == null) {
                throw new IllegalStateException("missing " + DEFAULT_QUERY);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void json(HttpServletResponse resp, JsonObject o) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(o.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param sparqlPath the endpoint the editor queries
     * @param assertedSparqlPath the asserted-only endpoint, or null
     * @param examples the competency questions
     */
    public record EditorPage(String sparqlPath, String assertedSparqlPath, List<ExampleView> examples) {

        public int exampleCount() {
            return examples.size();
        }
    }

    /**
     * A competency question as a list item.
     *
     * @param name e.g. "cq01"
     * @param title the question
     * @param file the file name
     * @param editorHref the editor opened on it
     * @param fileHref the file itself
     */
    public record ExampleView(String name, String title, String file, String editorHref, String fileHref) {
    }

}
