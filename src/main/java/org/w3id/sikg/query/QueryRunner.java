package org.w3id.sikg.query;

import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecDatasetBuilder;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

/**
 * Runs a query over a view of the store, offline, and writes its result: the answers {@code /kg/sparql} and
 * {@code /kg-asserted/sparql} give, through the same views and engines.
 *
 * <pre>
 *   Query q = QueryFiles.read(Path.of("queries/cq/cq01.rq"));
 *   new QueryRunner(store).run(q, KgView.ALL, ResultFormat.CSV, System.out);
 * </pre>
 */
public final class QueryRunner {

    private final DatasetGraph store;
    private final Duration timeout;

    /** A runner without a time limit. */
    public QueryRunner(DatasetGraph store) {
        this(store, Duration.ZERO);
    }

    /** A runner whose queries stop after {@code timeout} ({@link Duration#ZERO} for none). */
    public QueryRunner(DatasetGraph store, Duration timeout) {
        this.store = store;
        this.timeout = timeout;
    }

    /**
     * Runs {@code query} over {@code view} in a read transaction and writes the result to {@code out}.
     *
     * @throws SikgException QUERY-005 if {@code format} does not fit the query form, QUERY-002 on timeout
     */
    public void run(Query query, KgView view, ResultFormat format, OutputStream out) {
        checkFormat(query, format);
        DatasetGraph dataset = KgDatasets.view(store, view);
        try {
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = build(dataset, query)) {
                    write(exec, query, format, out);
                }
            });
        } catch (QueryCancelledException e) {
            throw new SikgException(ErrorCode.QUERY_TIMEOUT, "query",
                    "the query ran longer than " + timeout.toMillis() / 1000.0 + " s and was stopped");
        }
    }

    private QueryExec build(DatasetGraph dataset, Query query) {
        QueryExecDatasetBuilder builder = QueryExec.newBuilder().dataset(dataset).query(query);
        if (!timeout.isZero()) {
            builder.overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return builder.build();
    }

    static void checkFormat(Query query, ResultFormat format) {
        boolean rows = query.isSelectType() || query.isAskType();
        boolean fits = rows ? format.resultLang() != null : format.rdfFormat() != null;
        if (!fits) {
            throw new SikgException(ErrorCode.QUERY_FORMAT, "--format " + format.cliName(), "format "
                    + format.cliName() + " does not fit a " + query.queryType().name() + " query");
        }
    }

    private static void write(QueryExec exec, Query query, ResultFormat format, OutputStream out) {
        if (query.isSelectType()) {
            if (format == ResultFormat.TABLE) {
                ResultSetFormatter.out(out, ResultSet.adapt(exec.select()), query.getPrologue());
            } else {
                ResultsWriter.create().lang(format.resultLang()).build().write(out, exec.select());
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            if (format.resultLang() == ResultSetLang.RS_Text) {
                ResultSetFormatter.out(out, answer);
            } else {
                ResultsWriter.create().lang(format.resultLang()).build().write(out, answer);
            }
        } else if (query.isConstructType() || query.isDescribeType()) {
            writeGraph(exec, query, format.rdfFormat(), out);
        } else {
            throw new SikgException(ErrorCode.QUERY_FORMAT, "query", "queries of type "
                    + query.queryType().name() + " are not supported here");
        }
    }

    private static void writeGraph(QueryExec exec, Query query, RDFFormat format, OutputStream out) {
        boolean quads = RDFLanguages.isQuads(format.getLang());
        if (query.isConstructType() && quads) {
            RDFDataMgr.write(out, exec.constructDataset(), format);
            return;
        }
        Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
        if (quads) {
            RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), format);
        } else {
            RDFDataMgr.write(out, graph, format);
        }
    }
}
