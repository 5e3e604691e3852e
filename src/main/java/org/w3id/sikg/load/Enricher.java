package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.sikg.vocab.SIKG;

/**
 * A step that derives named graphs from the asserted dataset after validation and before the store is written: the
 * extension point of the reasoner, whose materialisation goes to {@link SIKG#GRAPH_INFERRED}.
 *
 * <p>Implementations are found with {@link ServiceLoader}: list the class in
 * {@code META-INF/services/org.w3id.sikg.load.Enricher} and {@code sikg load}, {@code validate} and
 * {@code SikgStore.openOrBuild} run it, in the order of {@link #name()}.
 */
public interface Enricher {

    /** A short, stable name for logs and ordering, e.g. {@code owl2rl}. */
    String name();

    /**
     * Derives graphs from {@code asserted} (the ontology, fact and provenance graphs; read it, do not change it).
     *
     * @return the named graphs to add; none may be a graph of {@code asserted}
     * @throws org.w3id.sikg.error.SikgException with located problems when the data must not be stored (e.g. it is
     *         inconsistent); nothing is written then
     */
    DatasetGraph enrich(DatasetGraph asserted);

    /**
     * This enricher configured for the sources being built, e.g. with the rules of their ontology directory; the
     * pipeline calls {@link #enrich} on the result. The default ignores the sources.
     */
    default Enricher forSources(Sources sources) {
        return this;
    }

    /** An enricher whose result is the single graph {@link SIKG#GRAPH_INFERRED}. */
    static Enricher inferredGraph(String name, Function<DatasetGraph, Graph> materialiser) {
        return new Enricher() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public DatasetGraph enrich(DatasetGraph asserted) {
                DatasetGraph out = DatasetGraphFactory.createGeneral();
                out.addGraph(NodeFactory.createURI(SIKG.GRAPH_INFERRED), materialiser.apply(asserted));
                return out;
            }
        };
    }

    /** The enrichers registered with {@link ServiceLoader}, sorted by name. */
    static List<Enricher> discovered() {
        List<Enricher> found = new ArrayList<>();
        ServiceLoader.load(Enricher.class).forEach(found::add);
        found.sort(Comparator.comparing(Enricher::name));
        return found;
    }
}
