package org.w3id.sikg.store;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Problems;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.vocab.SIKG;

/**
 * Adds or replaces imported dataset graphs ({@code graph/dataset/<name>}, e.g. COW, ATOP) in a store without
 * rebuilding the article, and re-materialises: the enrichers run over everything the store asserts (ontology, fact
 * and provenance graphs, every dataset graph, the new ones in place of their old versions), so the inferred graph
 * covers the article and all datasets. The dataset graphs and the new inferred graph are then written in one
 * transaction ({@link SikgStore#replaceGraphs}); on any problem (e.g. the data becomes inconsistent, REASON-001)
 * nothing is written.
 *
 * <p>A later {@code sikg load} keeps the dataset graphs (see {@link StoreBuilder}).
 */
public final class DatasetImport {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetImport.class);
    private static final Node INFERRED = NodeFactory.createURI(SIKG.GRAPH_INFERRED);

    /**
     * What an import wrote.
     *
     * @param replacement quads added and removed, total after
     * @param inferred triples of the inferred graph after the import
     * @param time wall-clock time of reasoning and writing
     */
    public record Outcome(SikgStore.Replacement replacement, long inferred, Duration time) {
    }

    private DatasetImport() {
    }

    /**
     * Writes {@code graphs} (dataset graph name to content) into {@code store} and re-materialises with
     * {@code enrichers} configured for {@code sources} (whose ontology directory holds the rules).
     *
     * @throws IllegalArgumentException if a name is not under {@link SIKG#GRAPH_DATASET_NS}
     * @throws org.w3id.sikg.error.SikgException with the enrichers' problems; the store is then unchanged
     */
    public static Outcome apply(SikgStore store, Map<Node, Graph> graphs, Sources sources, List<Enricher> enrichers) {
        graphs.keySet().forEach(DatasetImport::requireDatasetGraph);
        long start = System.nanoTime();
        DatasetGraph asserted = store.copy(g -> !INFERRED.equals(g) && !SikgStore.isMetadataGraph(g)
                && !graphs.containsKey(g));
        graphs.forEach((name, graph) -> graph.find().forEach(t -> asserted.add(name, t.getSubject(),
                t.getPredicate(), t.getObject())));
        Problems problems = new Problems();
        DatasetGraph derived = Pipeline.derive(sources, asserted, enrichers, problems);
        problems.throwIfErrors();
        Map<Node, Graph> changes = new LinkedHashMap<>(graphs);
        changes.put(INFERRED, GraphFactory.createGraphMem());
        derived.listGraphNodes().forEachRemaining(g -> changes.put(g, derived.getGraph(g)));
        SikgStore.Replacement r = store.replaceGraphs(changes);
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        long inferred = changes.get(INFERRED).size();
        LOG.info("import into {}: +{} -{} quads, {} in total, {} inferred triples, {} ms",
                Sources.display(store.directory()), r.added(), r.removed(), r.total(), inferred, time.toMillis());
        return new Outcome(r, inferred, time);
    }

    private static void requireDatasetGraph(Node name) {
        if (!SikgStore.isDatasetGraph(name)) {
            throw new IllegalArgumentException("not a dataset graph: " + name + " (expected "
                    + SIKG.GRAPH_DATASET_NS + "<name>)");
        }
    }
}
