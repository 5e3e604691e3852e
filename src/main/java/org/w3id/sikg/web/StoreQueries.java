package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs the web module's SPARQL files ({@code src/main/resources/org/w3id/sikg/web/queries/*.rq}) against the store.
 * Values from requests enter a query only as a {@link Binding} substituted into the parsed query (never by editing
 * its text), so a request cannot change what a query does. Files are parsed as SPARQL 1.1 plus ARQ's quad
 * templates ({@code CONSTRUCT { GRAPH ?g { ... } }}).
 */
final class StoreQueries {

    private static final String BASE = "org/w3id/sikg/web/queries/";
    private static final long TIMEOUT_SECONDS = 30;

    private final DatasetGraph dataset;
    private final Map<String, Query> parsed = new ConcurrentHashMap<>();

    StoreQueries(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    DatasetGraph dataset() {
        return dataset;
    }

    /** Parameters for a query: variable name to the node substituted for it. */
    static Binding params(Object... nameNodePairs) {
        BindingBuilder b = Binding.builder();
        for (int i = 0; i < nameNodePairs.length; i += 2) {
            b.add(Var.alloc((String) nameNodePairs[i]), (Node) nameNodePairs[i + 1]);
        }
        return b.build();
    }

    /** Runs a SELECT file and returns all its rows (read inside one read transaction). */
    List<Binding> select(String name, Binding params) {
        return read(() -> {
            try (QueryExec qe = exec(name, params)) {
                RowSet rows = qe.select();
                List<Binding> out = new ArrayList<>();
                rows.forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** Runs an ASK file. */
    boolean ask(String name, Binding params) {
        return read(() -> {
            try (QueryExec qe = exec(name, params)) {
                return qe.ask();
            }
        });
    }

    /** Runs a CONSTRUCT file and returns its triples. */
    Graph construct(String name, Binding params) {
        return read(() -> {
            try (QueryExec qe = exec(name, params)) {
                return qe.construct();
            }
        });
    }

    /** Runs a CONSTRUCT file with quad templates ({@code GRAPH ?g { ... }}) and returns its quads. */
    DatasetGraph constructQuads(String name, Binding params) {
        return read(() -> {
            try (QueryExec qe = exec(name, params)) {
                return qe.constructDataset();
            }
        });
    }

    /** Runs {@code action} in a read transaction on the store (joining one already open on this thread). */
    <T> T read(Supplier<T> action) {
        return Txn.calculateRead(dataset, action);
    }

    private QueryExec exec(String name, Binding params) {
        return QueryExec.dataset(dataset).query(query(name).cloneQuery()).substitution(params)
                .timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).build();
    }

    Query query(String name) {
        return parsed.computeIfAbsent(name, StoreQueries::load);
    }

    private static Query load(String name) {
        String path = BASE + name + ".rq";
        try (InputStream in = StoreQueries.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing query resource " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
