package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.sikg.reason.Owl2TestSuite.TestCase;

/** Runs one OWL 2 test case against the materialiser and lists what does not hold. */
final class Owl2Check {

    /** Types that only declare an IRI (OWL 2 declarations): not entailments to check. */
    private static final Set<Node> DECLARATION_TYPES = Set.of(OWL2.Class.asNode(), OWL2.ObjectProperty.asNode(),
            OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(), OWL2.NamedIndividual.asNode(),
            RDFS.Datatype.asNode(), OWL2.Ontology.asNode());

    private Owl2Check() {
    }

    static List<String> failures(TestCase test, RuleSet rules) {
        Graph premise = test.premise().orElseThrow();
        Materialisation m = new Materialiser(rules).materialise(premise);
        Graph closure = Owl2RlConformanceTest.union(premise, m.inferred());
        boolean inconsistent = !m.isConsistent();
        List<String> failures = new ArrayList<>();
        if (test.is("InconsistencyTest") && !inconsistent) {
            failures.add("no clash found in an inconsistent ontology");
        }
        if (test.is("ConsistencyTest") && inconsistent) {
            failures.add("clash in a consistent ontology: " + m.clashes());
        }
        if (test.is("PositiveEntailmentTest") && !inconsistent) {
            test.conclusion().map(c -> entailed(closure, c)).filter(missing -> !missing.isEmpty())
                    .ifPresent(missing -> failures.add("conclusion not entailed, missing " + missing));
        }
        if (test.is("NegativeEntailmentTest")) {
            test.nonConclusion().filter(c -> !checkable(c).isEmpty() && entailed(closure, c).isEmpty())
                    .ifPresent(c -> failures.add("non-conclusion entailed"));
        }
        return failures;
    }

    /** The conclusion triples left to check: no ontology header, no declaration of an IRI. */
    static List<Triple> checkable(Graph conclusion) {
        List<Node> headers = conclusion.find(Node.ANY, RDF.type.asNode(), OWL2.Ontology.asNode())
                .mapWith(Triple::getSubject).toList();
        return conclusion.find().filterDrop(t -> headers.contains(t.getSubject())
                || t.getPredicate().equals(RDF.type.asNode()) && t.getSubject().isURI()
                        && DECLARATION_TYPES.contains(t.getObject())).toList();
    }

    /**
     * The conclusion triples missing from the closure; empty when the conclusion's pattern (blank nodes as
     * variables) matches the closure as a whole. Lists the triples without blank nodes that are absent, or the whole
     * pattern when only the existential match fails.
     */
    static List<Triple> entailed(Graph closure, Graph conclusion) {
        List<Triple> pattern = checkable(conclusion);
        if (pattern.isEmpty()) {
            return List.of();
        }
        Map<Node, Var> vars = new HashMap<>();
        ElementPathBlock block = new ElementPathBlock();
        for (Triple t : pattern) {
            block.addTriple(Triple.create(var(t.getSubject(), vars), var(t.getPredicate(), vars),
                    var(t.getObject(), vars)));
        }
        Query ask = new Query();
        ask.setQueryAskType();
        ask.setQueryPattern(block);
        try (QueryExecution qe = QueryExecutionFactory.create(ask, ModelFactory.createModelForGraph(closure))) {
            if (qe.execAsk()) {
                return List.of();
            }
        }
        List<Triple> missing = pattern.stream().filter(t -> !t.getSubject().isBlank() && !t.getObject().isBlank()
                && !closure.contains(t)).toList();
        return missing.isEmpty() ? pattern : missing;
    }

    private static Node var(Node n, Map<Node, Var> vars) {
        return n.isBlank() ? vars.computeIfAbsent(n, b -> Var.alloc("b" + vars.size())) : n;
    }
}
