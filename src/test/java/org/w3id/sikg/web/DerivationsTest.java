package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.SIKG;

/** Reading the reasoner's JSON derivations into the steps the explanation page shows. */
class DerivationsTest {

    private static final String JAPAN = "<" + SIKG.ID_NS + "japan>";
    private static final String US = "<" + SIKG.ID_NS + "united-states>";
    private static final String ALLIED = "<" + SIKG.NS + "alliedWith>";

    private final Derivations derivations;

    DerivationsTest() {
        DatasetGraph empty = DatasetGraphFactory.createTxnMem();
        Site site = new Site(WebContext.of(empty, (t, f) -> Optional.empty()));
        derivations = new Derivations(site, new Provenance(site));
    }

    @Test
    void stepsKeepTheRuleThePremisesAndTheSourcesTheyCannotLink() {
        String json = "{\"id\":1,\"subject\":\"" + q(US) + "\",\"predicate\":\"" + q(ALLIED) + "\",\"object\":\""
                + q(JAPAN) + "\",\"rule\":\"prp-symp\",\"ruleLocation\":\"ontology/rules/owl2rl.rules:90\","
                + "\"premises\":[{\"id\":2,\"subject\":\"" + q(JAPAN) + "\",\"predicate\":\"" + q(ALLIED)
                + "\",\"object\":\"" + q(US) + "\",\"asserted\":true,\"sources\":[\"" + SIKG.GRAPH_ONTOLOGY
                + "\",\"data/alliances.csv:2 (§2.1)\",\"<b>odd</b>\"]},{\"ref\":2}]}";
        Derivations.Step step = derivations.read(json).orElseThrow();
        assertThat(step.rule()).isEqualTo("prp-symp");
        assertThat(step.ruleLocation()).isEqualTo("ontology/rules/owl2rl.rules:90");
        assertThat(step.subject().text()).isEqualTo("united-states");
        assertThat(step.subject().href()).isEqualTo("/id/united-states");
        assertThat(step.premises()).hasSize(2);
        Derivations.Step fact = step.premises().get(0);
        assertThat(fact.asserted()).isTrue();
        assertThat(fact.citations()).extracting(TermView::text).containsExactly("the ontology");
        assertThat(fact.sources()).containsExactly("data/alliances.csv:2 (§2.1)", "<b>odd</b>");
        Derivations.Step again = step.premises().get(1);
        assertThat(again.repeat()).isTrue();
        assertThat(again.id()).isEqualTo(2);
        assertThat(again.subject().text()).isEqualTo("japan");
        assertThat(again.inferred()).isFalse();
    }

    @Test
    void aVeryDeepDerivationIsCutWithALinkToTheDeepestStepShown() {
        String json = "{\"id\":1,\"subject\":\"" + q(JAPAN) + "\",\"predicate\":\"" + q(ALLIED) + "\",\"object\":\""
                + q(US) + "\",\"asserted\":true,\"sources\":[]}";
        for (int id = 2; id <= Derivations.MAX_DEPTH + 5; id++) {
            json = "{\"id\":" + id + ",\"subject\":\"" + q(JAPAN) + "\",\"predicate\":\"" + q(ALLIED)
                    + "\",\"object\":\"" + q(US) + "\",\"rule\":\"r" + id + "\",\"premises\":[" + json + "]}";
        }
        Derivations.Step step = derivations.read(json).orElseThrow();
        int depth = 0;
        while (step.hasPremises()) {
            step = step.premises().get(0);
            depth++;
        }
        assertThat(depth).isEqualTo(Derivations.MAX_DEPTH);
        assertThat(step.cut()).isTrue();
        assertThat(step.explainHref()).startsWith("/explain?s=");
    }

    @Test
    void somethingElseThanTheReasonersJsonIsNotADerivation() {
        assertThat(derivations.read("not json")).isEmpty();
        assertThat(derivations.read("{\"conclusion\":[\"a\",\"b\",\"c\"]}")).isEmpty();
        assertThat(derivations.read("[1,2]")).isEmpty();
    }

    private static String q(String nt) {
        return nt.replace("\"", "\\\"");
    }
}
