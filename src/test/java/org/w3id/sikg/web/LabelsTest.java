package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.SIKG;

/** One name per term: which label wins, and what a term without one is called. */
class LabelsTest {

    private static final Node PREF = SKOS.prefLabel.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node US = NodeFactory.createURI(SIKG.ID_NS + "united-states");

    @Test
    void theEnglishPreferredLabelWinsOverEveryOtherLabelWhateverTheOrder() {
        List<Node[]> statements = List.of(
                new Node[] {US, LABEL, NodeFactory.createLiteralLang("America", "en")},
                new Node[] {US, LABEL, NodeFactory.createLiteralLang("US", "en")},
                new Node[] {US, PREF, NodeFactory.createLiteralLang("Vereinigte Staaten", "de")},
                new Node[] {US, PREF, NodeFactory.createLiteralString("USA")},
                new Node[] {US, PREF, NodeFactory.createLiteralLang("United States", "en")},
                new Node[] {US, LABEL, NodeFactory.createLiteralLang("U.S.", "en")});
        assertThat(Labels.of(statements).of(US)).isEqualTo("United States");
        List<Node[]> reversed = new java.util.ArrayList<>(statements);
        java.util.Collections.reverse(reversed);
        assertThat(Labels.of(reversed).of(US)).isEqualTo("United States");
    }

    @Test
    void withoutAPreferredLabelTheEnglishLabelThenTheUntaggedOneThenTheSmallest() {
        Node x = NodeFactory.createURI(SIKG.ID_NS + "x");
        assertThat(Labels.of(List.<Node[]>of(new Node[] {x, LABEL, NodeFactory.createLiteralString("plain")},
                new Node[] {x, LABEL, NodeFactory.createLiteralLang("English", "en")})).of(x)).isEqualTo("English");
        assertThat(Labels.of(List.<Node[]>of(new Node[] {x, PREF, NodeFactory.createLiteralString("untagged pref")},
                new Node[] {x, LABEL, NodeFactory.createLiteralLang("English label", "en")})).of(x))
                .isEqualTo("untagged pref");
        assertThat(Labels.of(List.<Node[]>of(new Node[] {x, LABEL, NodeFactory.createLiteralLang("b", "en")},
                new Node[] {x, LABEL, NodeFactory.createLiteralLang("a", "en-GB")})).of(x)).isEqualTo("a");
        assertThat(Labels.of(List.<Node[]>of(new Node[] {x, LABEL, NodeFactory.createLiteralLang("  ", "en")})).of(x))
                .isNull();
    }

    @Test
    void aTermWithoutALabelIsCalledByItsLocalNameOrItsPrefixedName() {
        PrefixMapping p = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("wd", "http://www.wikidata.org/entity/");
        assertThat(TermView.of(NodeFactory.createURI(SIKG.ID_NS + "leadership-decides"), null, p).text())
                .isEqualTo("leadership-decides");
        assertThat(TermView.of(NodeFactory.createURI(SIKG.NS + "summary"), null, p).text()).isEqualTo("summary");
        assertThat(TermView.of(NodeFactory.createURI("http://www.wikidata.org/entity/Q17"), null, p).text())
                .isEqualTo("wd:Q17");
        assertThat(TermView.of(US, "United States", p).text()).isEqualTo("United States");
    }
}
