package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.sikg.vocab.SIKG;

/**
 * Source functions for explanations and clashes: where an asserted triple was asserted. The caller composes them
 * with what it knows, e.g. the fact graph's section locator from the provenance graph.
 */
public final class Sources {

    private Sources() {
    }

    /** No sources. */
    public static Function<Triple, List<String>> none() {
        return t -> List.of();
    }

    /**
     * The IRIs of the named graphs of {@code dataset} that hold the triple (e.g. SIKG's per-fact graphs), the inferred
     * graph left out; {@code "default"} for the default graph.
     */
    public static Function<Triple, List<String>> namedGraphs(DatasetGraph dataset) {
        Node inferred = org.apache.jena.graph.NodeFactory.createURI(SIKG.GRAPH_INFERRED);
        return t -> {
            List<String> graphs = new ArrayList<>();
            dataset.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject()).forEachRemaining(q -> {
                Node g = q.getGraph();
                if (!g.equals(inferred)) {
                    graphs.add(Quad.isDefaultGraph(g) ? "default" : g.getURI());
                }
            });
            return graphs;
        };
    }
}
