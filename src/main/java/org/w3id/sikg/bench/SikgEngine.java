package org.w3id.sikg.bench;

import java.util.Optional;

/**
 * Where the bench finds SIKG's own materialiser (package {@code org.w3id.sikg.reason}, issue 4).
 *
 * <p>THE SEAM: this build does not contain the reasoning engine yet, so {@link #find()} returns empty and the bench
 * reports {@link #UNAVAILABLE} instead of any SIKG figure. Once {@code reason} is merged, {@link #find()} returns an
 * adapter of a few lines (written against the {@code reason} API as of wt-reason commit 4bcf363):
 * <pre>{@code
 * return Optional.of(new ClosureEngine() {
 *     public String name() { return "SIKG semi-naive OWL 2 RL"; }
 *     public Graph materialise(Graph ontology, Graph data, boolean recordDerivations) {
 *         return new Materialiser(RuleSet.owl2rl(),
 *                 Materialiser.Settings.DEFAULTS.withRecordDerivations(recordDerivations))
 *                 .materialise(ontology, data).inferred();
 *     }
 * });
 * }</pre>
 */
public final class SikgEngine {

    /** What every report says while the engine is missing. */
    public static final String UNAVAILABLE = "SIKG engine not available in this build"
            + " (package org.w3id.sikg.reason, issue 4, is not merged): no SIKG figure was measured";

    private SikgEngine() {
    }

    /** SIKG's materialiser, if this build has it. */
    public static Optional<ClosureEngine> find() {
        return Optional.empty();
    }
}
