package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.reason.Owl2TestSuite.TestCase;

/**
 * Others' tests: the 93 OWL 2 RL test cases of the W3C OWL 2 conformance suite, one dynamic test each, run against
 * the OWL 2 RL/RDF rules (RDF-based semantics). A positive entailment passes when every conclusion triple (pure
 * declarations and ontology headers left out; blank nodes as existential variables) is in the closure, or the premise
 * is inconsistent; a negative entailment when the non-conclusion is not; a consistency test when no clash is found;
 * an inconsistency test when one is. Tests outside the entailment are skipped with their reason (listed in
 * {@code owl2rl-outside.tsv}); a test listed there that starts to pass fails, so the list cannot go stale.
 */
class Owl2RlConformanceTest {

    private static final Logger LOG = LoggerFactory.getLogger(Owl2RlConformanceTest.class);
    private static final Map<String, String> OUTCOMES = new ConcurrentHashMap<>();
    private static final RuleSet RULES = RuleSet.owl2rl();

    @TestFactory
    Stream<DynamicTest> rlTestCases() throws IOException {
        Map<String, String> outside = outsideEntailment();
        List<TestCase> tests = new Owl2TestSuite().rlTests();
        assertThat(tests).hasSize(93);
        return tests.stream().map(t -> DynamicTest.dynamicTest(t.id(), () -> run(t, outside.get(t.id()))));
    }

    private static void run(TestCase test, String outsideReason) {
        String skip = scopeReason(test);
        if (skip != null) {
            OUTCOMES.put(test.id(), "skipped: " + skip);
            Assumptions.abort(skip);
        }
        List<String> failures = Owl2Check.failures(test, RULES);
        if (outsideReason != null) {
            assertThat(failures).as(test.id() + " is listed as outside the entailment but passes: update the list")
                    .isNotEmpty();
            OUTCOMES.put(test.id(), "skipped: " + outsideReason);
            Assumptions.abort(outsideReason + " (fails: " + String.join("; ", failures) + ")");
        }
        OUTCOMES.put(test.id(), failures.isEmpty() ? "passed" : "FAILED");
        assertThat(failures).as(test.id() + ": " + test.description()).isEmpty();
    }

    /** Why a test is out of scope whatever the rules do, or null. */
    private static String scopeReason(TestCase test) {
        if (!test.semantics().contains("RDF-BASED")) {
            return "direct semantics only: OWL 2 RL/RDF rules implement the RDF-based semantics";
        }
        if (!test.is("PositiveEntailmentTest") && !test.is("NegativeEntailmentTest") && !test.is("ConsistencyTest")
                && !test.is("InconsistencyTest")) {
            return "profile identification only: nothing to entail";
        }
        if (test.premise().isEmpty()) {
            return "no premise ontology in RDF/XML or functional syntax";
        }
        return null;
    }

    private static Map<String, String> outsideEntailment() throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        try (InputStream in = Owl2RlConformanceTest.class.getResourceAsStream("/reason/owl2/owl2rl-outside.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cols = line.split("\t", 2);
                    reasons.put(cols[0].trim(), cols[1].trim());
                }
            }
        }
        return reasons;
    }

    @AfterAll
    static void summary() {
        Map<String, List<String>> byOutcome = new TreeMap<>();
        OUTCOMES.forEach((id, outcome) -> byOutcome.computeIfAbsent(outcome, k -> new ArrayList<>()).add(id));
        LOG.info("OWL 2 RL test cases: {} run", OUTCOMES.size());
        byOutcome.forEach((outcome, ids) -> LOG.info("{} x {}: {}", ids.size(), outcome, ids.stream().sorted().toList()));
    }

    static Graph union(Graph a, Graph b) {
        Graph g = GraphFactory.createDefaultGraph();
        a.find().forEachRemaining(g::add);
        b.find().forEachRemaining(g::add);
        return g;
    }
}
