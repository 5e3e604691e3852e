package org.w3id.sikg.load;

import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.validate.ShapeValidator;

/**
 * The whole build of a dataset from its sources, without writing anything: load (syntax, schema, mapping,
 * provenance), SHACL validation over ontology and facts, then the {@link Enricher}s (e.g. reasoning) when there is
 * no error. {@code sikg validate} reports its problems; {@code sikg load} and the store write its dataset.
 */
public final class Pipeline {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    /**
     * The outcome of a build.
     *
     * @param dataset asserted and derived named graphs; only meaningful when there are no errors
     * @param load the load stage's result (row index, figures)
     * @param problems every error and warning of every stage
     */
    public record Build(DatasetGraph dataset, LoadResult load, Problems problems) {

        public boolean ok() {
            return !problems.hasErrors();
        }
    }

    private Pipeline() {
    }

    public static Build build(Sources sources, List<Enricher> enrichers) {
        LoadResult load = Loader.load(sources);
        Problems problems = new Problems();
        problems.addAll(load.problems());
        validateShapes(sources, load, problems);
        if (!problems.hasErrors()) {
            enrich(sources, load.dataset(), enrichers, problems);
        }
        return new Build(load.dataset(), load, problems);
    }

    /**
     * The graphs the enrichers derive from {@code asserted}, which is read and not changed: how {@code sikg load} and
     * {@code sikg import} materialise the article together with imported datasets (graph/dataset/...), which the
     * loader does not build. Problems of the enrichers (e.g. REASON-001) are added to {@code problems}; the result is
     * then incomplete and must not be stored.
     */
    public static DatasetGraph derive(Sources sources, DatasetGraph asserted, List<Enricher> enrichers,
            Problems problems) {
        DatasetGraph work = DatasetGraphFactory.createGeneral();
        asserted.find().forEachRemaining(work::add);
        Set<Node> given = new HashSet<>();
        asserted.listGraphNodes().forEachRemaining(given::add);
        enrich(sources, work, enrichers, problems);
        DatasetGraph derived = DatasetGraphFactory.createGeneral();
        work.find().forEachRemaining(q -> {
            if (!given.contains(q.getGraph())) {
                derived.add(q);
            }
        });
        return derived;
    }

    private static void validateShapes(Sources sources, LoadResult load, Problems problems) {
        if (!Files.isRegularFile(sources.shapesFile())) {
            LOG.info("no {}: SHACL validation skipped", Sources.display(sources.shapesFile()));
            return;
        }
        Graph shapes = RdfFiles.read(sources.shapesFile(), problems);
        if (shapes == null) {
            return;
        }
        if (!load.missing().isEmpty()) {
            LOG.warn("SHACL validation skipped: {} could not be mapped, so shapes would only report consequences; "
                    + "fix the errors above and validate again", String.join(", ", load.missing()));
            return;
        }
        Graph data = GraphFactory.createGraphMem();
        load.dataset().find().forEachRemaining(q -> data.add(q.asTriple()));
        long start = System.nanoTime();
        ShapeValidator.Result result = ShapeValidator.validate(shapes, data, load.index(),
                Sources.display(sources.shapesFile()));
        result.violations().forEach(problems::error);
        result.warnings().forEach(problems::warning);
        LOG.info("SHACL: {} violations, {} warnings in {} ms", result.violations().size(), result.warnings().size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void enrich(Sources sources, DatasetGraph dataset, List<Enricher> enrichers, Problems problems) {
        for (Enricher e : enrichers) {
            long start = System.nanoTime();
            DatasetGraph derived;
            try {
                derived = e.forSources(sources).enrich(dataset);
            } catch (SikgException ex) {
                ex.problems().forEach(problems::error);
                return;
            }
            for (Node g : (Iterable<Node>) derived::listGraphNodes) {
                if (dataset.containsGraph(g)) {
                    throw new IllegalStateException("enricher " + e.name() + " returned asserted graph " + g);
                }
                derived.getGraph(g).find().forEach(t -> dataset.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
            LOG.info("enricher {}: {} ms", e.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }
}
