/**
 * SIKG's OWL 2 RL materialiser: rule files in Jena's rule syntax ({@link org.w3id.sikg.reason.RuleSet}), a
 * semi-naive forward-chaining engine over dictionary-encoded triples ({@link org.w3id.sikg.reason.Materialiser}),
 * derivations and explanations ({@link org.w3id.sikg.reason.Materialisation#explain}, rendered as text, JSON or
 * PROV-O) and clashes ({@link org.w3id.sikg.reason.Clash}). Pure operations: nothing here prints. See
 * docs/reasoning.md.
 */
package org.w3id.sikg.reason;
