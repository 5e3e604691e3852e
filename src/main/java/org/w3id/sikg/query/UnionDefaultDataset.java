package org.w3id.sikg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.util.Context;

/**
 * The store with the union of its named graphs as default graph ({@link KgView#ALL}). Queries are unwrapped by ARQ
 * and run by the store's engine with the union flag of this view's context; the overrides here serve the other
 * readers (Graph Store Protocol, writers, DESCRIBE on non-TDB stores).
 *
 * <p>The default graph is a read-only view: a write into it would land in the store's own default graph, which the
 * view does not show, so it is refused; writes go into named graphs.
 */
final class UnionDefaultDataset extends DatasetGraphWrapper {

    UnionDefaultDataset(DatasetGraph store, Context context) {
        super(store, context);
    }

    @Override
    public Graph getDefaultGraph() {
        return new GraphReadOnly(getWrapped().getUnionGraph());
    }

    @Override
    public void add(Quad quad) {
        refuseDefault(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Quad quad) {
        refuseDefault(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        refuseDefault(g);
        super.deleteAny(g, s, p, o);
    }

    private static void refuseDefault(Node graphName) {
        if (graphName == null || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName)) {
            // QueryBuildException: what SPARQL Update processors (Fuseki's included) report as a bad request.
            throw new QueryBuildException("the default graph is the read-only union of the named graphs: "
                    + "write into a named graph (GRAPH <...>) instead");
        }
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return Quad.isDefaultGraph(graphNode) ? getDefaultGraph() : super.getGraph(graphNode);
    }

    @Override
    public String toString() {
        return "KgView.ALL over " + getWrapped().getClass().getSimpleName();
    }
}
