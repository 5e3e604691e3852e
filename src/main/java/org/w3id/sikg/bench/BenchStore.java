package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A store built from one graph (put in the default graph) for querying: a TDB2 database in its own directory, or an
 * in-memory dataset. {@link #reopen()} gives the "cold" state: TDB2's caches are dropped by closing and reconnecting
 * the database (the operating system's file cache is not dropped).
 */
public final class BenchStore implements QueryExecutor, AutoCloseable {

    private final StoreKind kind;
    private final Path dir;
    private final long timeoutMillis;
    private Dataset dataset;

    private BenchStore(StoreKind kind, Path dir, Dataset dataset, long timeoutMillis) {
        this.kind = kind;
        this.dir = dir;
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Builds a store holding {@code graph}: TDB2 with Jena's phased bulk loader into a new directory under
     * {@code parent}, or the in-memory dataset in one write transaction. This is the timed "store load".
     */
    public static BenchStore load(Graph graph, StoreKind kind, Path parent, long timeoutMillis) throws IOException {
        if (kind == StoreKind.MEM) {
            Dataset ds = DatasetFactory.createTxnMem();
            Txn.executeWrite(ds, () -> graph.find().forEachRemaining(ds.asDatasetGraph().getDefaultGraph()::add));
            return new BenchStore(kind, null, ds, timeoutMillis);
        }
        Files.createDirectories(parent);
        Path dir = Files.createTempDirectory(parent, "tdb2-");
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        DataLoader loader = LoaderFactory.phasedLoader(ds.asDatasetGraph(), (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            graph.find().forEachRemaining(stream::triple);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return new BenchStore(kind, dir, ds, timeoutMillis);
    }

    /** Closes and reconnects a TDB2 database so that its caches are cold; no-op in memory. */
    public void reopen() {
        if (kind == StoreKind.TDB2) {
            TDBInternal.expel(dataset.asDatasetGraph());
            dataset = TDB2Factory.connectDataset(dir.toString());
        }
    }

    /** Number of triples in the store. */
    public long size() {
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getDefaultGraph().size());
    }

    @Override
    public QueryOutcome run(LubmQuery query) {
        return run(query.query());
    }

    /** Runs a SELECT query once in a read transaction, consuming every row, bounded by the timeout. */
    public QueryOutcome run(Query query) {
        long t0 = System.nanoTime();
        try {
            long rows = Txn.calculateRead(dataset, () -> {
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                        .timeout(timeoutMillis, TimeUnit.MILLISECONDS).build()) {
                    return count(qe.execSelect());
                }
            });
            return QueryOutcome.ok(rows, millisSince(t0));
        } catch (org.apache.jena.query.QueryCancelledException e) {
            return QueryOutcome.timeout(millisSince(t0));
        } catch (RuntimeException e) {
            return QueryOutcome.error(millisSince(t0), e.toString());
        }
    }

    static long count(ResultSet rs) {
        long n = 0;
        while (rs.hasNext()) {
            rs.nextBinding();
            n++;
        }
        return n;
    }

    static double millisSince(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Closes the store and deletes a TDB2 directory. */
    @Override
    public void close() throws IOException {
        if (kind == StoreKind.TDB2) {
            TDBInternal.expel(dataset.asDatasetGraph());
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            dataset.close();
        }
    }
}
