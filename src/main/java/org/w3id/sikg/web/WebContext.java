package org.w3id.sikg.web;

import java.util.Objects;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the web front end needs from the server: the store, the reasoner's explanations and the settings.
 *
 * @param dataset the served dataset with SIKG's named graphs (ontology, fact graphs, provenance, inferred), as in
 *     docs/design.md; read inside read transactions, never written
 * @param explainer derivations of inferred triples, shown at {@code /explain}
 * @param settings paths and sources, see {@link WebSettings#defaults()}
 */
public record WebContext(DatasetGraph dataset, Explainer explainer, WebSettings settings) {

    public WebContext {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(explainer, "explainer");
        Objects.requireNonNull(settings, "settings");
    }

    /** A context with the default settings. */
    public static WebContext of(DatasetGraph dataset, Explainer explainer) {
        return new WebContext(dataset, explainer, WebSettings.defaults());
    }
}
