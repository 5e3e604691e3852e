package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Counts shown on the home page and in VoID: triples per kind of graph and individuals per class, computed by
 * {@code stats-graphs.rq} and {@code stats-classes.rq} on first use and cached until the site's caches are
 * invalidated (after the store is reloaded).
 */
final class DatasetStats {

    private final Site site;
    private final Cached<Counts> counts;
    private final Cached<Details> details;

    DatasetStats(Site site) {
        this.site = site;
        this.counts = site.cached(() -> site.queries().read(this::compute));
        this.details = site.cached(() -> site.queries().read(this::computeDetails));
    }

    Counts counts() {
        return counts.get();
    }

    /** The counts VoID and the service description add: per graph, per property, distinct terms, links. */
    Details details() {
        return details.get();
    }

    private Details computeDetails() {
        Map<Node, Long> graphs = new LinkedHashMap<>();
        site.queries().select("stats-graphs", StoreQueries.params())
                .forEach(b -> graphs.put(b.get("g"), number(b.get("triples"))));
        Map<Node, Long> properties = new LinkedHashMap<>();
        site.queries().select("stats-properties", StoreQueries.params())
                .forEach(b -> properties.put(b.get("p"), number(b.get("triples"))));
        Binding d = site.queries().select("stats-dataset", StoreQueries.params()).get(0);
        List<Node> examples = site.queries().select("void-examples", StoreQueries.params()).stream()
                .map(b -> b.get("e")).toList();
        return new Details(graphs, properties, number(d.get("subjects")), number(d.get("objects")),
                number(d.get("entities")), number(d.get("wikidataLinks")), examples);
    }

    private Counts compute() {
        long[] triples = new long[GraphKind.values().length];
        long factGraphs = 0;
        for (Binding b : site.queries().select("stats-graphs", StoreQueries.params())) {
            GraphKind kind = GraphKind.of(b.get("g"));
            triples[kind.ordinal()] += number(b.get("triples"));
            factGraphs += kind == GraphKind.FACT ? 1 : 0;
        }
        List<ClassCount> classes = new ArrayList<>();
        for (Binding b : site.queries().select("stats-classes", StoreQueries.params())) {
            classes.add(new ClassCount(TermView.of(b.get("class"), TermView.labelOf(b.get("label")), site.prefixes()),
                    number(b.get("asserted")), number(b.get("all"))));
        }
        return new Counts(triples[GraphKind.ONTOLOGY.ordinal()], triples[GraphKind.FACT.ordinal()], factGraphs,
                triples[GraphKind.PROVENANCE.ordinal()], triples[GraphKind.INFERRED.ordinal()],
                triples[GraphKind.DATASET.ordinal()] + triples[GraphKind.OTHER.ordinal()], classes);
    }

    private static long number(Node n) {
        return n == null || !n.isLiteral() ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    /**
     * @param ontologyTriples triples in the ontology graph
     * @param factTriples triples in all fact graphs (the article's asserted facts)
     * @param factGraphs number of fact graphs (one per fact)
     * @param provenanceTriples triples in the provenance graph
     * @param inferredTriples triples in the inferred graph
     * @param otherTriples triples in imported datasets and any other graph
     * @param classes individuals per ontology class
     */
    public record Counts(long ontologyTriples, long factTriples, long factGraphs, long provenanceTriples,
            long inferredTriples, long otherTriples, List<ClassCount> classes) {

        /** Everything not materialised by the reasoner. */
        public long assertedTriples() {
            return ontologyTriples + factTriples + provenanceTriples + otherTriples;
        }

        public long totalTriples() {
            return assertedTriples() + inferredTriples;
        }

        public boolean hasOtherTriples() {
            return otherTriples > 0;
        }
    }

    /**
     * @param graphs triples per named graph
     * @param properties triples per property
     * @param subjects distinct subjects
     * @param objects distinct objects
     * @param entities SIKG entities (subjects in the sikgid: namespace)
     * @param wikidataLinks distinct links to Wikidata entities
     * @param examples a few typical entities
     */
    record Details(Map<Node, Long> graphs, Map<Node, Long> properties, long subjects, long objects, long entities,
            long wikidataLinks, List<Node> examples) {
    }

    /**
     * @param type the class
     * @param asserted individuals asserted to be of the class
     * @param withInference individuals of the class once inferred types are counted
     */
    public record ClassCount(TermView type, long asserted, long withInference) {

        public long inferredOnly() {
            return withInference - asserted;
        }
    }
}
