package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.vocab.PROV;

/**
 * {@code sikg explain} over a store loaded from the project's ontology and data: derivations down to asserted facts
 * with their fact graph, data file:line and section locators, in text, JSON and PROV-O Turtle; REASON-003 for an
 * asserted statement, REASON-004 for one that does not hold (two spokes of the US hub), CLI-001 for a bad term.
 */
class ExplainCommandTest {

    @TempDir
    static Path tmp;
    private static String store;

    @BeforeAll
    static void load() {
        store = tmp.resolve("store").toString();
        MainTest.Result r = MainTest.run(new String[] {"load", "--store", store, "--ontology", "ontology", "--data",
            "data"});
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static MainTest.Result explain(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = store;
        all[args.length + 3] = "--ontology";
        all[args.length + 4] = "ontology";
        return MainTest.run(all);
    }

    @Test
    void anInferredAllianceIsExplainedDownToFactsWithTheirRowsAndSections() {
        MainTest.Result r = explain("sikgid:japan", "sikg:alliedWith", "sikgid:united-states");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("sikgid:japan sikg:alliedWith sikgid:united-states   [")
                .contains("(asserted: https://w3id.org/sikg/graph/fact/").containsPattern("data/[a-z-]+\\.csv:\\d+ \\(")
                .contains("§2.1");
    }

    @Test
    void termsMayBeFullIrisOrInAngleBrackets() {
        MainTest.Result prefixed = explain("sikgid:japan", "sikg:alliedWith", "sikgid:united-states");
        MainTest.Result full = explain("https://w3id.org/sikg/id/japan", "<https://w3id.org/sikg/ontology#alliedWith>",
                "https://w3id.org/sikg/id/united-states");
        assertThat(full.out()).isEqualTo(prefixed.out());
    }

    @Test
    void theAllianceDilemmaAndALongLivedAllianceAreExplainedByTheDomainRules() {
        MainTest.Result dilemma = explain("sikgid:japan", "sikg:facesAllianceDilemmaWith", "sikgid:united-states");
        assertThat(dilemma.out()).contains("[alliance-dilemma]", "data/constraints.csv:", "data/stances.csv:",
                "(§4.1)");
        MainTest.Result longLived = explain("sikgid:us-japan-alliance", "a", "sikg:LongLivedAlliance");
        assertThat(longLived.out()).contains("[long-lived-alliance]", "sikg:value 9.3", "data/observations.csv:");
        MainTest.Result duration = explain("sikgid:us-taiwan-alliance", "sikg:durationYears", "25.08");
        assertThat(duration.out()).contains("[alliance-duration]", "data/alliance-periods.csv:");
    }

    @Test
    void jsonAndTurtleRenderingsCarryTheSources() {
        MainTest.Result json = explain("sikgid:japan", "sikg:facesAllianceDilemmaWith", "sikgid:united-states",
                "--format", "json");
        assertThat(json.exit()).isZero();
        JsonObject root = JSON.parse(json.out());
        assertThat(root.getString("rule")).isEqualTo("alliance-dilemma");
        assertThat(root.get("premises").getAsArray().get(0).getAsObject().get("sources").toString())
                .contains("data/constraints.csv:").contains("§2.4");
        MainTest.Result turtle = explain("sikgid:japan", "sikg:facesAllianceDilemmaWith", "sikgid:united-states",
                "--format", "TURTLE");
        Graph prov = RDFParser.create().source(new StringReader(turtle.out())).lang(Lang.TURTLE).toGraph();
        assertThat(prov.find(null, PROV.hadPrimarySource.asNode(), null).toList())
                .anyMatch(t -> t.getObject().getURI().startsWith("https://w3id.org/sikg/graph/fact/stances/"));
        assertThat(turtle.out()).contains("\"data/stances.csv:");
    }

    @Test
    void anAssertedStatementSaysWhereItIsAsserted() {
        MainTest.Result r = explain("sikgid:japan", "a", "sikg:State");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("REASON-003", "is asserted, not inferred", "data/entities.csv:",
                "https://w3id.org/sikg/graph/fact/entities/japan", "§2.1").doesNotContain("\tat ");
    }

    @Test
    void twoSpokesAreNotAlliedAndThatIsSaid() {
        MainTest.Result r = explain("sikgid:japan", "sikg:alliedWith", "sikgid:south-korea");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("REASON-004", "neither asserted nor inferred");
    }

    @Test
    void aTermWithAnUnknownPrefixIsAUsageError() {
        MainTest.Result r = explain("sikgid:japan", "foo:alliedWith", "sikgid:south-korea");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("CLI-001", "unknown prefix 'foo'");
        MainTest.Result literalSubject = explain("\"x\"", "a", "sikg:State");
        assertThat(literalSubject.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(literalSubject.err()).contains("only the object may be one");
    }
}
