package org.w3id.sikg.web;

import java.util.Optional;

import org.apache.jena.graph.Triple;

/**
 * Explains why an inferred triple holds: its derivation (rule, premises, recursively down to asserted facts and
 * their section locators), rendered by the reasoner in one of the {@link ExplanationFormat}s.
 *
 * <p>The web module only displays what the reasoner renders; the server binds this to the reasoner's
 * {@code explain(Triple)} and its renderers, e.g.
 * {@code (triple, format) -> reasoner.explain(triple).map(d -> render(d, format))}.
 */
@FunctionalInterface
public interface Explainer {

    /**
     * The derivation of {@code triple} in {@code format}, or empty when no derivation is recorded for it (the triple
     * was not inferred, or it is also asserted).
     */
    Optional<String> explain(Triple triple, ExplanationFormat format);
}
