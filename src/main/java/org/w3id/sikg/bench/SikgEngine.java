package org.w3id.sikg.bench;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.OntologyRules;
import org.w3id.sikg.reason.RuleSet;

/**
 * SIKG's own materialiser (package {@code org.w3id.sikg.reason}) behind the bench's {@link ClosureEngine} seam.
 * {@link #find()} runs the OWL 2 RL rules alone (W1, LUBM: what Jena's OWL Micro baseline is compared with);
 * {@link #forSikgOntology()} adds the domain rules of the ontology embedded in the jar ({@code rules/*.rules}), which
 * W3's alliance queries need (alliances between the parties of an alliance, long-lived alliances).
 */
public final class SikgEngine {

    /** What a report says when a build has no engine (kept for the bench's stand-ins in tests). */
    public static final String UNAVAILABLE = "SIKG engine not available in this build"
            + " (package org.w3id.sikg.reason, issue 4, is not merged): no SIKG figure was measured";

    private SikgEngine() {
    }

    /** SIKG's materialiser with the OWL 2 RL rules. */
    public static Optional<ClosureEngine> find() {
        return Optional.of(engine("SIKG semi-naive OWL 2 RL", RuleSet.owl2rl()));
    }

    /** SIKG's materialiser with the rules of the embedded ontology: OWL 2 RL and the domain rules. */
    public static Optional<ClosureEngine> forSikgOntology() {
        return Optional.of(engine("SIKG semi-naive OWL 2 RL + domain rules",
                OntologyRules.of(Sources.embedded().ontologyDir())));
    }

    private static ClosureEngine engine(String name, RuleSet rules) {
        return new ClosureEngine() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Graph materialise(Graph ontology, Graph data, boolean recordDerivations) {
                return new Materialiser(rules, Materialiser.Settings.DEFAULTS.withRecordDerivations(recordDerivations))
                        .materialise(ontology, data).inferred();
            }
        };
    }
}
