package org.w3id.sikg.server;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.sikg.error.ErrorCode;

/**
 * Counts result rows (or distinct triples) against the anonymous limit and stops reading one past it, so that an
 * oversized result costs at most the limit plus one in memory.
 */
final class ResultCap {

    private final long limit;
    private long count;

    ResultCap(long limit) {
        this.limit = limit;
    }

    /** Records one more item; false once the limit has been passed (stop reading). */
    boolean admit() {
        count++;
        return count <= limit;
    }

    /** Aborts the request (422) if the limit was passed. */
    void check(String source) {
        if (count > limit) {
            HttpErrors.abort(422, ErrorCode.QUERY_TOO_MANY_ROWS, source, "the result has more than " + limit
                    + " rows or triples, the limit for anonymous queries");
        }
    }

    /** Collects distinct quads up to the limit. */
    DatasetGraph quads(Iterator<Quad> quads) {
        DatasetGraph out = DatasetGraphFactory.create();
        try {
            while (quads.hasNext()) {
                Quad q = quads.next();
                if (!out.contains(q) && !admit()) {
                    break;
                }
                out.add(q);
            }
        } finally {
            Iter.close(quads);
        }
        return out;
    }

    /** Collects distinct triples up to the limit. */
    Graph triples(Iterator<Triple> triples) {
        Graph out = GraphFactory.createDefaultGraph();
        try {
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (!out.contains(t) && !admit()) {
                    break;
                }
                out.add(t);
            }
        } finally {
            Iter.close(triples);
        }
        return out;
    }
}
