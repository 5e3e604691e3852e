package org.w3id.sikg.query;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * The union of every named graph of a store except the inferred one, as a read-only graph.
 *
 * <p>It walks the store's own union graph (which is duplicate-free) and keeps a triple when some graph other than
 * the inferred one holds it: one index probe per candidate triple, constant memory, whatever the pattern.
 */
final class AssertedUnionGraph extends GraphBase {

    private final DatasetGraph store;

    AssertedUnionGraph(DatasetGraph store) {
        this.store = store;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return store.getUnionGraph().find(pattern).filterKeep(this::assertedSomewhere);
    }

    private boolean assertedSomewhere(Triple t) {
        Iterator<Quad> holders = store.findNG(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (holders.hasNext()) {
                if (KgView.ASSERTED.shows(holders.next().getGraph())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(holders);
        }
    }
}
