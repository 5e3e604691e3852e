package org.w3id.sikg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

/**
 * The store the competency-question tests run over: built once per test JVM from the project's ontology/ and data/
 * with the discovered enrichers (reasoning), exactly as {@code sikg load} builds it, in a temporary directory.
 */
final class CqStore {

    private static SikgStore store;

    private CqStore() {
    }

    static synchronized DatasetGraph dataset() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("sikg-cq-store");
                StoreBuilder.load(dir, Sources.resolve(Path.of("ontology"), Path.of("data")), Enricher.discovered());
                store = SikgStore.open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store.dataset();
    }

    /** The store's directory, for running {@code sikg query --store DIR} over it. */
    static synchronized Path directory() {
        dataset();
        return store.directory();
    }

    /** The file of question {@code cq} ("cq07" → queries/cq/cq07-….rq). */
    static Path file(String cq) {
        try (Stream<Path> files = Files.list(CompetencyQuestionsTest.cqDir())) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(cq + "-")).toList();
            if (matches.size() != 1) {
                throw new IllegalStateException("expected one file " + cq + "-*.rq, found " + matches);
            }
            return matches.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of {@code cq} over {@code view}: the lexical form of each projected variable, "" when unbound. */
    static List<List<String>> rows(String cq, KgView view) {
        Query query = QueryFiles.read(file(cq));
        DatasetGraph ds = KgDatasets.view(dataset(), view);
        return Txn.calculateRead(ds, () -> {
            List<List<String>> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                rs.forEachRemaining(b -> rows.add(row(b, vars)));
            }
            return rows;
        });
    }

    static List<String> firstColumn(String cq, KgView view) {
        return rows(cq, view).stream().map(r -> r.get(0)).toList();
    }

    /** The first column's terms, to check they are English literals. */
    static List<Node> labels(String cq) {
        Query query = QueryFiles.read(file(cq));
        DatasetGraph ds = KgDatasets.view(dataset(), KgView.ALL);
        return Txn.calculateRead(ds, () -> {
            List<Node> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rs = exec.select();
                Var first = rs.getResultVars().get(0);
                rs.forEachRemaining(b -> out.add(b.get(first)));
            }
            return out;
        });
    }

    private static List<String> row(Binding b, List<Var> vars) {
        List<String> row = new ArrayList<>(vars.size());
        for (Var v : vars) {
            Node n = b.get(v);
            row.add(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
        }
        return row;
    }
}
