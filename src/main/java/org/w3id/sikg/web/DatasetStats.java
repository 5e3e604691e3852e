package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Counts shown on the home page and in VoID: triples per kind of graph, distinct triples of the union default graph
 * and individuals per class, computed by {@code stats-graphs.rq}, {@code stats-union.rq} and
 * {@code stats-classes.rq} on first use and cached until the site's caches are invalidated (after the store is
 * reloaded: {@link WebModule#invalidateCaches()}).
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
            classes.add(new ClassCount(site.term(b.get("class")), number(b.get("asserted")), number(b.get("all"))));
        }
        classes.sort(Comparator.comparingLong(ClassCount::withInference).reversed()
                .thenComparing(c -> c.type().text().toLowerCase(Locale.ROOT)));
        long served = number(site.queries().select("stats-union", StoreQueries.params()).get(0).get("triples"));
        return new Counts(triples[GraphKind.ONTOLOGY.ordinal()], triples[GraphKind.FACT.ordinal()], factGraphs,
                triples[GraphKind.PROVENANCE.ordinal()], triples[GraphKind.INFERRED.ordinal()],
                triples[GraphKind.DATASET.ordinal()], triples[GraphKind.OTHER.ordinal()], served, classes);
    }

    private static long number(Node n) {
        return n == null || !n.isLiteral() ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    /**
     * Triples per kind of graph (a triple stated in two graphs counts in both) and in the union default graph.
     *
     * @param ontologyTriples triples in the ontology graph
     * @param factTriples triples in all fact graphs (the article's asserted facts)
     * @param factGraphs number of fact graphs (one per fact)
     * @param provenanceTriples triples in the provenance graph
     * @param inferredTriples triples in the inferred graph
     * @param importedTriples triples in imported datasets (graph/dataset/…)
     * @param otherTriples triples in graphs of no kind SIKG defines (the store's metadata graph is not counted)
     * @param servedTriples distinct triples of the union of all named graphs: the default graph of the endpoint
     * @param classes individuals per ontology class, most populated first
     */
    public record Counts(long ontologyTriples, long factTriples, long factGraphs, long provenanceTriples,
            long inferredTriples, long importedTriples, long otherTriples, long servedTriples,
            List<ClassCount> classes) {

        /** Everything stated rather than materialised by the reasoner (the store's own metadata left out). */
        public long assertedTriples() {
            return ontologyTriples + factTriples + provenanceTriples + importedTriples + otherTriples;
        }

        public boolean hasImportedTriples() {
            return importedTriples > 0;
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
