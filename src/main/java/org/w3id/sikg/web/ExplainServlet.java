package org.w3id.sikg.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.web.ResourcePage.Alternate;
import org.w3id.sikg.web.ResourcePage.SourceView;

/**
 * {@code /explain?s=&p=&o=}: why a statement holds. An asserted statement shows the facts that state it with their
 * sources; an inferred one shows the reasoner's derivation (rule, premises, down to asserted facts and their
 * sections). HTML for browsers; {@code text/plain}, {@code application/json} and {@code text/turtle} (or
 * {@code ?format=text|json|turtle}) give the reasoner's own renderings.
 */
final class ExplainServlet extends WebServlet {

    private static final List<String> MEDIA_TYPES = List.of("text/html", "text/plain", "application/json",
            "text/turtle");

    private final transient Provenance provenance;
    private final transient Derivations derivations;

    ExplainServlet(Site site) {
        super(site);
        this.provenance = new Provenance(site);
        this.derivations = new Derivations(site, provenance);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Triple t = TripleParameters.read(req);
        String mediaType = mediaType(req);
        List<Node> graphs = new ArrayList<>();
        for (Binding b : site.queries().select("triple-graphs",
                StoreQueries.params("s", t.getSubject(), "p", t.getPredicate(), "o", t.getObject()))) {
            graphs.add(b.get("g"));
        }
        if (graphs.isEmpty()) {
            throw problem(ErrorCode.WEB_NOT_FOUND, req, "the knowledge graph does not hold this statement");
        }
        boolean inferred = graphs.stream().noneMatch(g -> GraphKind.of(g).asserted());
        resp.setHeader("Vary", "Accept");
        if (!mediaType.equals("text/html")) {
            ExplanationFormat f = ExplanationFormat.byMediaType(mediaType).orElseThrow();
            String body = inferred ? derivation(req, t, f) : asserted(req, f);
            resp.setContentType(f.mediaType() + "; charset=utf-8");
            resp.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            return;
        }
        Map<Node, SourceView> sources = provenance.of(graphs);
        Derivations.Step tree = null;
        String text = null;
        if (inferred) {
            String json = derivation(req, t, ExplanationFormat.JSON);
            tree = derivations.read(json).orElse(null);
            text = tree == null ? derivation(req, t, ExplanationFormat.TEXT) : null;
        }
        html(resp, "explain", new ExplainPage(site.term(t.getSubject()), site.term(t.getPredicate()),
                site.term(t.getObject()), inferred, tree, text, List.copyOf(sources.values()), formats(req)));
    }

    private String derivation(HttpServletRequest req, Triple t, ExplanationFormat f) {
        return site.context().explainer().explain(t, f).orElseThrow(() -> problem(ErrorCode.WEB_NO_EXPLANATION, req,
                "no derivation is recorded for this inferred statement"));
    }

    private String asserted(HttpServletRequest req, ExplanationFormat f) {
        throw problem(ErrorCode.WEB_NOT_FOUND, req, "the statement is asserted, not inferred, so it has no "
                + "derivation in " + f.parameter() + "; its sources are on the HTML page");
    }

    private static String mediaType(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            if (format.equalsIgnoreCase("html")) {
                return "text/html";
            }
            return ExplanationFormat.fromParameter(format).map(ExplanationFormat::mediaType)
                    .orElseThrow(() -> problem(ErrorCode.WEB_BAD_PARAMETER, req, "unknown format '"
                            + ResourceServlet.abbreviate(format) + "' (html, text, json or turtle)"));
        }
        return Negotiation.chooseMediaType(req, MEDIA_TYPES);
    }

    private static List<Alternate> formats(HttpServletRequest req) {
        String query = req.getQueryString() == null ? "" : req.getQueryString().replaceAll("(^|&)format=[^&]*", "");
        List<Alternate> out = new ArrayList<>();
        for (ExplanationFormat f : ExplanationFormat.values()) {
            out.add(new Alternate(f.parameter(), "/explain?" + query + (query.isEmpty() ? "" : "&") + "format="
                    + f.parameter(), f.mediaType()));
        }
        return out;
    }

    /**
     * @param subject the statement's subject
     * @param property its predicate
     * @param value its object
     * @param inferred whether only the reasoner concludes it
     * @param derivation the derivation as a tree of steps down to the facts and their sections, for inferred
     *     statements
     * @param derivationText the reasoner's text rendering, shown instead when its JSON could not be read
     * @param sources the facts asserting it, for asserted statements
     * @param formats the derivation in the reasoner's renderings
     */
    public record ExplainPage(TermView subject, TermView property, TermView value, boolean inferred,
            Derivations.Step derivation, String derivationText, List<SourceView> sources, List<Alternate> formats) {
    }
}
