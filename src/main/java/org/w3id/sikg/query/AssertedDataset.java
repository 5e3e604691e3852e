package org.w3id.sikg.query;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.graph.GraphZero;

/**
 * The asserted-only view ({@link KgView#ASSERTED}): every named graph except the inferred one, with their union as
 * default graph. Read-only. It is a {@link DatasetGraphWrapperView}, so ARQ evaluates queries over this view (and
 * its filtering {@code find}) rather than over the store underneath.
 */
final class AssertedDataset extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    private final Graph union;

    AssertedDataset(DatasetGraph store) {
        super(store);
        this.union = new AssertedUnionGraph(store);
    }

    @Override
    public Graph getDefaultGraph() {
        return union;
    }

    @Override
    public Graph getUnionGraph() {
        return union;
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (Quad.isDefaultGraph(graphNode) || Quad.isUnionGraph(graphNode)) {
            return union;
        }
        if (!KgView.ASSERTED.shows(graphNode)) {
            return GraphZero.instance();
        }
        return new GraphReadOnly(super.getGraph(graphNode));
    }

    @Override
    public boolean containsGraph(Node graphNode) {
        return KgView.ASSERTED.shows(graphNode) && super.containsGraph(graphNode);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return Iter.filter(super.listGraphNodes(), KgView.ASSERTED::shows);
    }

    @Override
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && (Quad.isDefaultGraph(g) || Quad.isUnionGraph(g))) {
            Node name = Quad.defaultGraphIRI;
            return Iter.map(union.find(s, p, o), t -> Quad.create(name, t));
        }
        return Iter.filter(super.find(g, s, p, o), q -> KgView.ASSERTED.shows(q.getGraph()));
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return Iter.filter(super.findNG(g, s, p, o), q -> KgView.ASSERTED.shows(q.getGraph()));
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        Iterator<Quad> it = find(g, s, p, o);
        try {
            return it.hasNext();
        } finally {
            Iter.close(it);
        }
    }

    @Override
    public boolean isEmpty() {
        return !contains(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public long size() {
        return Iter.count(listGraphNodes());
    }

    // --- read-only

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the asserted-only view is read-only");
    }

    @Override
    public String toString() {
        return "KgView.ASSERTED over " + getWrapped().getClass().getSimpleName();
    }
}
