package org.w3id.sikg.cli;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.reason.ExplanationRendering;
import org.w3id.sikg.reason.Explanations;
import org.w3id.sikg.reason.RuleSet;
import org.w3id.sikg.server.ServerExtension;
import org.w3id.sikg.web.ExplanationFormat;
import org.w3id.sikg.web.WebContext;
import org.w3id.sikg.web.WebModule;
import org.w3id.sikg.web.WebSettings;

/**
 * The web front end of {@code serve} (docs/web.md, "Wiring it into a server"), with its {@code /explain} bound to the
 * reasoner: the store's asserted graphs are materialised again, with derivations, on the first request for an
 * explanation, and kept in memory until the store is reloaded ({@link #invalidate()}). Not at start: on two cores a
 * background materialisation slows the start and the first queries for every user, while most sessions never ask
 * why (figures in docs/reasoning.md).
 */
final class WebFrontEnd implements ServerExtension {

    private static final Logger LOG = LoggerFactory.getLogger(WebFrontEnd.class);

    private final DatasetGraph store;
    private final Supplier<RuleSet> rules;
    private Explanations explanations;
    private volatile WebModule module;

    /**
     * @param store the store as opened (every named graph; the inferred one is left out of the materialisation)
     * @param rules the rules the store was loaded with
     */
    WebFrontEnd(DatasetGraph store, Supplier<RuleSet> rules) {
        this.store = store;
        this.rules = rules;
    }

    @Override
    public void register(Registrar registrar) {
        WebSettings settings = WebSettings.defaults().withSparqlPath(path(KgView.ALL))
                .withAssertedSparqlPath(path(KgView.ASSERTED));
        module = WebModule.register(new WebContext(registrar.dataset(KgView.ALL), this::explain, settings),
                registrar::servlet, registrar::filter);
    }

    /**
     * Forgets what was computed from the store (the pages' counts, pictures and descriptions, and the explanations),
     * after a reload committed: each is computed again from the new content on its next use. Waits for an
     * explanation materialisation in progress, so that it cannot be kept after the reload.
     */
    void invalidate() {
        WebModule registered = module;
        if (registered != null) {
            registered.invalidateCaches();
        }
        synchronized (this) {
            explanations = null;
        }
    }

    /** The web module's {@link org.w3id.sikg.web.Explainer}: the reasoner's rendering of an inferred triple. */
    private Optional<String> explain(Triple triple, ExplanationFormat format) {
        return explanations().render(triple, ExplanationRendering.valueOf(format.name()));
    }

    /** The explanations, materialised on the first request that needs one and kept until the next reload. */
    private synchronized Explanations explanations() {
        if (explanations == null) {
            LOG.info("first explanation requested: materialising the store's asserted graphs again, with derivations");
            explanations = Explanations.of(store, rules.get());
        }
        return explanations;
    }

    /** The pages the front end serves, for people, under {@code baseUrl} (ending in a slash). */
    static List<String> urls(String baseUrl) {
        return List.of(baseUrl + "  (home page)",
                baseUrl + "id/  (every entity, e.g. " + baseUrl + "id/japan; Turtle, JSON-LD ... by content "
                        + "negotiation)",
                baseUrl + "explain?s=&p=&o=  (why a statement holds; &format=text|json|turtle)",
                baseUrl + "sparql-editor  (SPARQL editor with the competency questions)",
                baseUrl + "ontology  (ontology documentation)",
                baseUrl + "network  (alliance network), " + baseUrl + "timeline  (timeline)",
                baseUrl + "void  (VoID), " + baseUrl + "dumps/sikg.trig  (full dump)");
    }

    private static String path(KgView view) {
        return "/" + view.datasetName() + "/sparql";
    }
}
