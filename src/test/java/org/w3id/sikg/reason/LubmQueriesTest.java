package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Others' tests: the 14 LUBM queries over LUBM(1,0) materialised with the OWL 2 RL rules return exactly the
 * reference answer counts (files under src/test/resources/reason/lubm, see SOURCE.md there).
 */
class LubmQueriesTest {

    private static final String DIR = "/reason/lubm/";
    private static Graph asserted;
    private static Materialisation materialisation;

    @BeforeAll
    static void materialise() throws IOException {
        asserted = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(asserted, resource("univ-bench.ttl"), Lang.TURTLE);
        try (InputStream data = new GZIPInputStream(resource("lubm1-University0.nt.gz"))) {
            RDFDataMgr.read(asserted, data, Lang.NTRIPLES);
        }
        materialisation = new Materialiser(RuleSet.owl2rl()).materialise(asserted);
    }

    private static InputStream resource(String name) {
        return LubmQueriesTest.class.getResourceAsStream(DIR + name);
    }

    @Test
    void allFourteenQueriesReturnTheReferenceCounts() throws IOException {
        Model closure = ModelFactory.createModelForGraph(GraphFactory.createDefaultGraph());
        asserted.find().forEachRemaining(closure.getGraph()::add);
        materialisation.inferred().find().forEachRemaining(closure.getGraph()::add);
        Map<String, Integer> expected = expectedCounts();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String query : expected.keySet()) {
            actual.put(query, count(closure, query));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void closureHasNoAuxiliaryTriplesAndIsConsistent() {
        Graph inferred = materialisation.inferred();
        assertThat(inferred.size()).isEqualTo(materialisation.stats().inferred());
        assertThat(inferred.stream().filter(t -> t.getPredicate().getURI().startsWith("https://w3id.org/sikg/reason#")))
                .isEmpty();
        assertThat(materialisation.clashes()).isEmpty();
        assertThat(materialisation.stats().asserted()).isEqualTo(100_543 + 293);
    }

    @Test
    void twoWorkerThreadsGiveTheSameClosureAndDerivations() {
        Materialisation parallel = new Materialiser(RuleSet.owl2rl(), Materialiser.Settings.DEFAULTS.withThreads(2))
                .materialise(asserted);
        assertThat(parallel.stats().inferred()).isEqualTo(materialisation.stats().inferred());
        assertThat(parallel.stats().newTriplesByRule()).isEqualTo(materialisation.stats().newTriplesByRule());
        Graph inferred = materialisation.inferred();
        assertThat(parallel.inferred().stream()).allMatch(inferred::contains);
    }

    private static int count(Model model, String query) throws IOException {
        String text;
        try (InputStream in = resource("queries/" + query + ".rq")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (QueryExecution exec = QueryExecutionFactory.create(text, model)) {
            return ResultSetFormatter.consume(exec.execSelect());
        }
    }

    private static Map<String, Integer> expectedCounts() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (InputStream in = resource("expected_counts.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
            for (String line : lines) {
                String[] cols = line.split("\t");
                counts.put(cols[0], Integer.parseInt(cols[1]));
            }
        }
        return counts;
    }
}
