package org.w3id.sikg.vocab;

/**
 * The reasoner's internal namespace, prefix {@code sikgr:}. Rules use it for auxiliary triples (list membership, the
 * partial results of list-walking OWL 2 RL rules); such triples stay inside the engine and never reach the inferred
 * graph. Also used for the activity IRIs of rule applications in PROV-O explanations.
 */
public final class SIKGR {

    public static final String NS = "https://w3id.org/sikg/reason#";
    public static final String PREFIX = "sikgr";
    /** Prefix of the IRI naming a rule in explanations: {@code RULE_NS + ruleName}. */
    public static final String RULE_NS = "https://w3id.org/sikg/reason/rule/";

    private SIKGR() {
    }
}
