package org.w3id.sikg.server;

import java.util.Locale;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.query.KgDatasets;

/**
 * Fuseki's Graph Store Protocol handlers, with one change: a GET (or HEAD) of the whole dataset writes the view's
 * named graphs only, not also the union default graph, which would repeat every triple. {@code ?default} still
 * returns the union, and {@code ?graph=} one named graph.
 */
final class GraphStore {

    private GraphStore() {
    }

    /** Read-only Graph Store. */
    static final class Read extends GSP_R {
        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            return forDumps(action, super.decideDataset(action));
        }
    }

    /** Read-write Graph Store (administrators). */
    static final class ReadWrite extends GSP_RW {
        @Override
        protected DatasetGraph decideDataset(HttpAction action) {
            return forDumps(action, super.decideDataset(action));
        }
    }

    private static DatasetGraph forDumps(HttpAction action, DatasetGraph dataset) {
        String method = action.getRequestMethod().toUpperCase(Locale.ROOT);
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return read && wholeDataset(action) ? KgDatasets.namedGraphs(dataset) : dataset;
    }

    private static boolean wholeDataset(HttpAction action) {
        return action.getRequestParameter("graph") == null && action.getRequestParameter("default") == null;
    }
}
