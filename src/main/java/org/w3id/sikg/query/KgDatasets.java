package org.w3id.sikg.query;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;

/**
 * The views of a store as Jena datasets, ready to query or to hand to Fuseki.
 *
 * <p>{@link KgView#ALL} is the store itself with TDB2's union default graph switched on for queries made through
 * the view: ARQ unwraps the view and runs TDB2's own engine, so a query costs what it costs on plain data.
 * {@link KgView#ASSERTED} is a read-only filtering view that ARQ does not unwrap: every access, whatever the query
 * shape (property paths and DESCRIBE included), goes through its filtered {@code find}, so inferred triples can not
 * leak into answers.
 */
public final class KgDatasets {

    private KgDatasets() {
    }

    /** The view {@code view} of {@code store}; the store stays owned (and closed) by the caller. */
    public static DatasetGraph view(DatasetGraph store, KgView view) {
        return switch (view) {
            case ALL -> new UnionDefaultDataset(store, unionContext(store));
            case ASSERTED -> new AssertedDataset(store);
        };
    }

    /**
     * The named graphs of a view (from {@link #view}), without its union default graph: for dumps, which would
     * otherwise write every triple twice.
     */
    public static DatasetGraph namedGraphs(DatasetGraph view) {
        return new NamedGraphsDataset(view);
    }

    private static Context unionContext(DatasetGraph store) {
        Context context = store.getContext() == null ? new Context() : store.getContext().copy();
        context.set(TDB2.symUnionDefaultGraph, true);
        return context;
    }
}
