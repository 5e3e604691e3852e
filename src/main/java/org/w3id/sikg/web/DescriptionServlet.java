package org.w3id.sikg.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * An RDF document describing the service: VoID at {@code /void} and {@code /.well-known/void}, the SPARQL Service
 * Description at {@code /service-description} (and at the endpoint itself, see {@link ServiceDescriptionFilter}).
 * Linked Data clients get Turtle (the default), JSON-LD, RDF/XML or N-Triples; browsers get the Turtle in a page.
 */
final class DescriptionServlet extends WebServlet {

    static final List<Variant> VARIANTS = List.of(Variant.TURTLE, Variant.HTML, Variant.JSONLD, Variant.RDFXML,
            Variant.NTRIPLES);

    private final transient BiFunction<DatasetDescription, String, Model> describe;
    private final transient DatasetDescription description;
    private final transient String title;

    /**
     * @param describe builds the document for a deployment base URL
     * @param title the page title for browsers
     */
    DescriptionServlet(Site site, DatasetDescription description,
            BiFunction<DatasetDescription, String, Model> describe, String title) {
        super(site);
        this.description = description;
        this.describe = describe;
        this.title = title;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Variant v = Negotiation.choose(req, Optional.empty(), VARIANTS);
        resp.setHeader("Vary", "Accept");
        Model m = describe.apply(description, base(req));
        if (v == Variant.HTML) {
            ByteArrayOutputStream turtle = new ByteArrayOutputStream();
            RDFDataMgr.write(turtle, m, RDFFormat.TURTLE_PRETTY);
            html(resp, "rdf-document", new RdfDocumentPage(title, req.getRequestURI(),
                    turtle.toString(StandardCharsets.UTF_8)));
            return;
        }
        resp.setContentType(v.contentType());
        RDFDataMgr.write(resp.getOutputStream(), m, v.rdfFormat());
    }

    /** The deployment's base URL as the request reached it (scheme, host, port). */
    static String base(HttpServletRequest req) {
        String url = req.getRequestURL().toString();
        return url.substring(0, url.length() - req.getRequestURI().length());
    }

    /**
     * @param title what the document is
     * @param path its URL path (for the format links)
     * @param turtle the document in Turtle
     */
    public record RdfDocumentPage(String title, String path, String turtle) {
    }
}
