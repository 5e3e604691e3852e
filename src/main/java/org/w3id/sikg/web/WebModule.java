package org.w3id.sikg.web;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

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
 * or, through SIKG's server extension: {@code .extension(r -> WebModule.register(context, r::servlet, r::filter))}.
 *
 * <p>Pages and URLs are documented in docs/web.md. Fuseki dispatches its dataset URLs ({@code /kg/...}) first;
 * everything listed in {@link #PATHS} is served here.
 */
public final class WebModule {

    /** The URL paths (servlet path specs) the module serves. */
    public static final List<String> PATHS = List.of("", "/id/*", "/ontology", "/ontology.ttl", "/ontology.rdf",
            "/explain", "/sparql-editor/*", "/network", "/network.svg", "/timeline", "/timeline.svg", "/void",
            "/.well-known/void", "/service-description", "/dumps/*", "/static/*");

    private static final String VOID_TITLE = "VoID description of SIKG";
    private static final String SD_TITLE = "SPARQL service description of SIKG";

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
        return register(context, builder::addServlet, builder::addFilter);
    }

    /**
     * Adds the front end's servlets and filters through any registrar, e.g. SIKG's server extension:
     * {@code .extension(r -> WebModule.register(context, r::servlet, r::filter))}. Every path spec is in
     * {@link #PATHS} or is {@code /*} (filters); none is under a dataset path.
     *
     * @param servlets adds a servlet at a servlet path spec
     * @param filters adds a filter at a path spec
     * @return the module, whose {@link #invalidateCaches()} the server calls after the store changes
     */
    public static WebModule register(WebContext context, BiConsumer<String, HttpServlet> servlets,
            BiConsumer<String, Filter> filters) {
        WebModule module = new WebModule(context);
        Site site = module.site;
        DatasetStats stats = module.stats;
        DatasetDescription description = new DatasetDescription(site, stats);
        filters.accept("/*", new SecurityHeaders());
        filters.accept("/*", new ServiceDescriptionFilter(site.settings(), new DescriptionServlet(site, description,
                DatasetDescription::serviceDescription, SD_TITLE)));
        ExampleQueries examples = new ExampleQueries(site.settings().examplesDirectory());
        servlets.accept("", new HomeServlet(site, stats, examples));
        servlets.accept("/id/*", new ResourceServlet(site));
        OntologyDocs docs = new OntologyDocs(site, stats);
        servlets.accept("/ontology", new OntologyServlet(site, docs, Optional.empty()));
        servlets.accept("/ontology.ttl", new OntologyServlet(site, docs, Optional.of(Variant.TURTLE)));
        servlets.accept("/ontology.rdf", new OntologyServlet(site, docs, Optional.of(Variant.RDFXML)));
        servlets.accept("/explain", new ExplainServlet(site));
        Supplier<Object> network = site.cached(() -> site.queries().read(() ->
                new NetworkLayout(NetworkData.read(site.queries()), site).picture()))::get;
        Supplier<Object> timeline = site.cached(() -> site.queries().read(() ->
                new TimelinePictures(site).picture()))::get;
        servlets.accept("/network", new PictureServlet(site, network, "network", false));
        servlets.accept("/network.svg", new PictureServlet(site, network, "network", true));
        servlets.accept("/timeline", new PictureServlet(site, timeline, "timeline", false));
        servlets.accept("/timeline.svg", new PictureServlet(site, timeline, "timeline", true));
        servlets.accept("/sparql-editor/*", new EditorServlet(site, examples));
        servlets.accept("/void", new DescriptionServlet(site, description, DatasetDescription::voidDescription,
                VOID_TITLE));
        servlets.accept("/.well-known/void", new DescriptionServlet(site, description,
                DatasetDescription::voidDescription, VOID_TITLE));
        servlets.accept("/service-description", new DescriptionServlet(site, description,
                DatasetDescription::serviceDescription, SD_TITLE));
        servlets.accept("/dumps/*", new DumpServlet(site));
        servlets.accept("/static/*", new StaticServlet(site));
        return module;
    }

    /** Forgets cached counts and descriptions; call after the store was reloaded. */
    public void invalidateCaches() {
        site.invalidateCaches();
    }
}
