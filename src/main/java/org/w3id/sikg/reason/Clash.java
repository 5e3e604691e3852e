package org.w3id.sikg.reason;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/**
 * An inconsistency: a rule whose conclusion is {@code false} (OWL 2 RL) or {@code inconsistent(...)} fired.
 *
 * @param rule the rule's name, e.g. {@code cax-dw}
 * @param ruleLocation the rule file and line
 * @param about the arguments of the rule's {@code inconsistent(...)} head: the terms the clash is about
 * @param triples the premises that clash (auxiliary triples replaced by the triples they stand for)
 */
public record Clash(String rule, String ruleLocation, List<Node> about, List<Triple> triples) {

    public Clash {
        about = List.copyOf(about);
        triples = List.copyOf(triples);
    }

    /** One line: the rule, what it is about and the clashing triples. */
    public String describe(PrefixMapping prefixes) {
        return describe(prefixes, t -> List.of());
    }

    /**
     * This clash as a REASON-001 problem, located at the sources of the clashing triples ({@code sources} tells
     * where a triple was asserted, e.g. fact graphs or section locators; inferred triples are traced by the caller
     * through {@link Materialisation#explain}).
     */
    public Problem toProblem(Function<Triple, List<String>> sources, PrefixMapping prefixes) {
        String where = triples.stream().flatMap(t -> sources.apply(t).stream()).distinct()
                .collect(Collectors.joining(", "));
        return Problem.of(ErrorCode.REASON_INCONSISTENT, where.isEmpty() ? "-" : where, 0,
                describe(prefixes, sources));
    }

    /**
     * As {@link #describe(PrefixMapping)}, with the sources of each clashing triple after it in brackets, so that
     * each side of the contradiction names where it comes from.
     */
    public String describe(PrefixMapping prefixes, Function<Triple, List<String>> sources) {
        String terms = about.stream().map(n -> ExplanationText.node(n, prefixes)).collect(Collectors.joining(", "));
        String premises = triples.stream().map(t -> {
            List<String> from = sources.apply(t);
            return ExplanationText.triple(t, prefixes) + (from.isEmpty() ? "" : " [" + String.join("; ", from) + "]");
        }).collect(Collectors.joining("; "));
        return "rule " + rule + " (" + ruleLocation + ") found a contradiction about " + terms + ": " + premises;
    }
}
