package org.w3id.sikg.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.sikg.vocab.SIKG;

/**
 * {@code /ontology}: the ontology documentation (HTML, one anchor per term: {@code sikg:State} is
 * {@code /ontology#State}) or the ontology graph itself by content negotiation; {@code /ontology.ttl} and
 * {@code /ontology.rdf} are the downloads.
 */
final class OntologyServlet extends WebServlet {

    static final List<Variant> VARIANTS = List.of(Variant.HTML, Variant.TURTLE, Variant.RDFXML, Variant.JSONLD,
            Variant.NTRIPLES);

    private final transient OntologyDocs docs;
    private final transient Optional<Variant> fixed;

    /**
     * @param docs the documentation (shared, cached)
     * @param fixed the variant this URL always serves (a download URL), or empty to negotiate
     */
    OntologyServlet(Site site, OntologyDocs docs, Optional<Variant> fixed) {
        super(site);
        this.docs = docs;
        this.fixed = fixed;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Variant v = Negotiation.choose(req, fixed, VARIANTS);
        if (fixed.isEmpty() && req.getParameter("format") == null) {
            resp.setHeader("Vary", "Accept");
            if (v == Variant.TURTLE || v == Variant.RDFXML) {
                resp.setHeader("Content-Location", Links.ONTOLOGY_PATH + v.suffix());
            }
        }
        if (v == Variant.HTML) {
            html(resp, "ontology", docs.page());
            return;
        }
        Graph copy = site.queries().read(() -> {
            Graph g = GraphFactory.createDefaultGraph();
            site.queries().dataset().getGraph(NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY)).find()
                    .forEachRemaining(g::add);
            return g;
        });
        copy.getPrefixMapping().setNsPrefixes(Prefixes.used(copy, site.prefixes()));
        resp.setContentType(v.contentType());
        if (fixed.isPresent()) {
            resp.setHeader("Content-Disposition", "inline; filename=\"sikg-ontology" + v.suffix() + "\"");
        }
        RDFDataMgr.write(resp.getOutputStream(), copy, v.rdfFormat());
    }
}
