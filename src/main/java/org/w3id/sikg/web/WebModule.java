package org.w3id.sikg.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * The Linked Data web front end, served by the same embedded Fuseki as the SPARQL endpoint. One call wires it in:
 *
 * <pre>{@code
 * FusekiServer.Builder builder = FusekiServer.create().add("/kg", dataset, false);
 * WebModule web = WebModule.register(builder, WebContext.of(dataset, explainer));
 * FusekiServer server = builder.build().start();
 * // after reloading the store: web.invalidateCaches();
 * }</pre>
 *
 * <p>Pages and URLs are documented in docs/web.md. Fuseki dispatches its dataset URLs ({@code /kg/...}) first;
 * everything listed in {@link #PATHS} is served here.
 */
public final class WebModule {

    /** The URL paths (servlet path specs) the module serves. */
    public static final List<String> PATHS = List.of("", "/id/*", "/ontology", "/ontology.ttl", "/ontology.rdf",
            "/explain", "/sparql-editor", "/sparql-editor/*", "/network", "/network.svg", "/timeline",
            "/timeline.svg", "/void", "/.well-known/void", "/service-description", "/dumps/*", "/static/*");

    private final Site site;
    private final DatasetStats stats;

    private WebModule(WebContext context) {
        this.site = new Site(context);
        this.stats = new DatasetStats(site);
    }

    /**
     * Adds the front end's servlets and filters to a Fuseki server being built.
     *
     * @return the module, whose {@link #invalidateCaches()} the server calls after the store changes
     */
    public static WebModule register(FusekiServer.Builder builder, WebContext context) {
        WebModule module = new WebModule(context);
        Site site = module.site;
        builder.addFilter("/*", new SecurityHeaders());
        builder.addServlet("", new HomeServlet(site, module.stats));
        builder.addServlet("/id/*", new ResourceServlet(site));
        builder.addServlet("/ontology", new OntologyServlet(site, module.stats, Optional.empty()));
        builder.addServlet("/ontology.ttl", new OntologyServlet(site, module.stats, Optional.of(Variant.TURTLE)));
        builder.addServlet("/ontology.rdf", new OntologyServlet(site, module.stats, Optional.of(Variant.RDFXML)));
        builder.addServlet("/explain", new ExplainServlet(site));
        Supplier<Object> network = () -> new NetworkLayout(NetworkData.read(site.queries()), site.prefixes()).picture();
        Supplier<Object> timeline = () -> new TimelinePictures(site).picture();
        builder.addServlet("/network", new PictureServlet(site, network, "network", false));
        builder.addServlet("/network.svg", new PictureServlet(site, network, "network", true));
        builder.addServlet("/timeline", new PictureServlet(site, timeline, "timeline", false));
        builder.addServlet("/timeline.svg", new PictureServlet(site, timeline, "timeline", true));
        builder.addServlet("/static/*", new StaticServlet(site));
        return module;
    }

    /** Forgets cached counts and descriptions; call after the store was reloaded. */
    public void invalidateCaches() {
        stats.invalidate();
    }
}
