package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.vocab.SIKG;

/**
 * Runs a mapping for one row and checks what it produced (DATA-009): at least one triple, only absolute IRIs,
 * well-typed literals, IRI subjects and predicates, and only {@code sikg:} terms that the ontology declares.
 *
 * <p>Binding rule for multi-valued cells: the mapping runs once per combination of the values of the multi-valued
 * variables it mentions (variables it does not mention do not multiply the runs).
 */
final class RowMapper {

    /** Prefix of the skolem IRIs that replace template blank nodes: {@code <prefix><table>/<id>/<n>}. */
    static final String SKOLEM_NS = "https://w3id.org/sikg/.well-known/genid/";

    private static final String INVALID_IRI = "invalid IRI ";

    private final Set<String> declaredTerms;
    /** The syntax check of every IRI met so far ({@link #iriIssue}). */
    private final Map<String, String> iriIssues = new HashMap<>();
    private final Set<String> reportedTerms = new HashSet<>();
    private final Problems problems;

    /** @param declaredTerms IRIs declared by the ontology, or null to skip that check (ontology unusable) */
    RowMapper(Set<String> declaredTerms, Problems problems) {
        this.declaredTerms = declaredTerms == null ? null
                : declaredTerms.stream().filter(t -> t.startsWith(SIKG.NS)).collect(Collectors.toSet());
        this.problems = problems;
    }

    /**
     * The row's usable triples. Triples with an invalid term are reported and left out; a term the ontology does not
     * declare is reported once per mapping (at the first row producing it), as it is a fault of the mapping.
     */
    List<Triple> map(Row row, Map<String, List<Node>> terms, Mapping mapping, String mappingFile) {
        String skolemBase = SKOLEM_NS + row.table() + "/" + row.id() + "/";
        List<Triple> produced = mapping.run(bindings(terms, mapping.inputs()), skolemBase);
        Set<String> issues = new LinkedHashSet<>();
        List<Triple> usable = new ArrayList<>();
        for (Triple t : produced) {
            if (usable(t, mappingFile, issues)) {
                usable.add(t);
            }
        }
        if (produced.isEmpty()) {
            issues.add(mappingFile + " produced no triples for this row");
        }
        for (String issue : issues) {
            problems.error(ErrorCode.DATA_MAPPING_OUTPUT, row.file(), row.line(), 0, issue, null);
        }
        return usable;
    }

    /** Whether the mapping produced a term the ontology does not declare (all its rows are then suspect). */
    boolean faulty(String mappingFile) {
        return reportedTerms.stream().anyMatch(k -> k.startsWith(mappingFile + " "));
    }

    /** One binding per combination of the values of the mentioned variables; variables without values stay unbound. */
    static List<Binding> bindings(Map<String, List<Node>> terms, Set<String> mentioned) {
        List<Binding> result = new ArrayList<>();
        result.add(BindingFactory.empty());
        for (String name : mentioned) {
            List<Node> values = terms.getOrDefault(name, List.of());
            if (values.isEmpty()) {
                continue;
            }
            List<Binding> next = new ArrayList<>(result.size() * values.size());
            for (Binding b : result) {
                for (Node v : values) {
                    BindingBuilder builder = BindingFactory.builder(b);
                    builder.add(Var.alloc(name), v);
                    next.add(builder.build());
                }
            }
            result = next;
        }
        return result;
    }

    /**
     * What is wrong with {@code iri} as an IRI of the output, or the empty string. Rows repeat the same IRIs (the
     * ontology's terms, shared entities), and checking one with the IRI parser costs more than mapping the row.
     */
    private static String iriIssue(String iri) {
        try {
            IRIx x = IRIx.create(iri);
            if (x.isRelative() || iri.startsWith("file:")) {
                return "IRI <" + iri + "> is not an absolute IRI (or is a file: IRI)";
            }
            return "";
        } catch (IRIException e) {
            return INVALID_IRI + "<" + iri + ">: " + e.getMessage();
        }
    }

    private boolean usable(Triple t, String mappingFile, Set<String> issues) {
        int before = issues.size();
        if (!t.getSubject().isURI()) {
            issues.add("the subject of a triple is not an IRI: " + t.getSubject());
        }
        if (!t.getPredicate().isURI()) {
            issues.add("the predicate of a triple is not an IRI: " + t.getPredicate());
        }
        for (Node n : List.of(t.getSubject(), t.getPredicate(), t.getObject())) {
            if (n.isURI()) {
                checkIri(n.getURI(), mappingFile, issues);
            } else if (n.isLiteral() && !n.getLiteral().isWellFormed()) {
                issues.add("ill-typed literal \"" + n.getLiteralLexicalForm() + "\"^^<" + n.getLiteralDatatypeURI() + ">");
            }
        }
        return issues.size() == before;
    }

    private void checkIri(String iri, String mappingFile, Set<String> issues) {
        String syntax = iriIssues.computeIfAbsent(iri, RowMapper::iriIssue);
        if (!syntax.isEmpty()) {
            issues.add(syntax);
            if (syntax.startsWith(INVALID_IRI)) {
                return;
            }
        }
        if (declaredTerms != null && iri.startsWith(SIKG.NS) && !declaredTerms.contains(iri)
                && reportedTerms.add(mappingFile + " " + iri)) {
            String local = iri.substring(SIKG.NS.length());
            issues.add(mappingFile + " produces sikg:" + local + ", which the ontology does not declare"
                    + Suggestions.closest(iri, declaredTerms).map(s -> " (did you mean sikg:"
                            + s.substring(SIKG.NS.length()) + "?)").orElse("")
                    + "; reported for the first row only");
        }
    }
}
