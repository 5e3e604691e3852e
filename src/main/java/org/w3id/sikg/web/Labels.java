package org.w3id.sikg.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.SKOS;

/**
 * The one name every page gives a term: its English {@code skos:prefLabel}, else an untagged one, else its English
 * {@code rdfs:label}, else an untagged one (the smallest string on a tie, so the choice never changes between
 * requests); a term with none is named by {@link TermView} (local name). Only asserted labels count
 * ({@code labels.rq}): with inference every {@code skos:altLabel} is also an {@code rdfs:label}.
 */
final class Labels {

    private final Map<Node, Choice> chosen = new HashMap<>();

    private record Choice(int rank, String text) {
        boolean betterThan(Choice other) {
            return rank != other.rank ? rank < other.rank : text.compareTo(other.text) < 0;
        }
    }

    /** Reads every asserted label of the store. */
    static Labels read(StoreQueries queries) {
        Labels labels = new Labels();
        for (Binding b : queries.select("labels", StoreQueries.params())) {
            labels.add(b.get("term"), b.get("p"), b.get("label"));
        }
        return labels;
    }

    /** Labels from explicit (term, property, literal) statements; for tests. */
    static Labels of(List<Node[]> statements) {
        Labels labels = new Labels();
        statements.forEach(s -> labels.add(s[0], s[1], s[2]));
        return labels;
    }

    private void add(Node term, Node property, Node label) {
        if (term == null || label == null || !label.isLiteral()) {
            return;
        }
        Choice c = new Choice(rank(property, label.getLiteralLanguage()), label.getLiteralLexicalForm().strip());
        if (c.text().isEmpty()) {
            return;
        }
        chosen.merge(term, c, (old, neu) -> neu.betterThan(old) ? neu : old);
    }

    private static int rank(Node property, String lang) {
        int byProperty = SKOS.prefLabel.asNode().equals(property) ? 0 : 2;
        return byProperty + (lang == null || lang.isEmpty() ? 1 : 0);
    }

    /** The preferred label of {@code term}, or null when it has none. */
    String of(Node term) {
        Choice c = term == null ? null : chosen.get(term);
        return c == null ? null : c.text();
    }

    int size() {
        return chosen.size();
    }
}
