package org.w3id.sikg.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.w3id.sikg.error.ErrorCode;

/**
 * SPARQL query over HTTP with SIKG's limits, replacing Fuseki's handler for every query endpoint: a time limit
 * (default, per-request {@code timeout} parameter, capped), SERVICE restricted by {@link ServicePolicy}, and for
 * anonymous clients a cap on result size. Capped results are computed completely before the response starts, so a
 * time-out or an oversized result is always a clean error status, never a truncated 200.
 */
final class SikgQueryService extends SPARQL_QueryDataset {

    static final String TIMEOUT_PARAM = "timeout";

    private final ServerSettings settings;
    private final ServicePolicy services;

    SikgQueryService(ServerSettings settings) {
        this.settings = settings;
        this.services = new ServicePolicy(settings.serviceAllowlist());
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.refusal(query).ifPresent(
                why -> HttpErrors.abort(403, ErrorCode.QUERY_SERVICE_REFUSED, action.getActionURI(), why));
        timeoutMillis(action);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() == null ? query : chosen.getRight();
        long cap = settings.maxResultRows() + 1;
        if (isCapped(action) && q.isSelectType() && (!q.hasLimit() || q.getLimit() > cap)) {
            q = q.cloneQuery();
            q.setLimit(cap);
        }
        return Pair.create(chosen.getLeft(), q);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long timeout = timeoutMillis(action);
        Context context = action.getContext();
        services.configure(context, timeout);
        if (isCapped(action)) {
            // ORDER BY with the row cap as LIMIT keeps only the top rows in memory
            context.set(ARQ.topNSortingThreshold, settings.maxResultRows() + 1);
        }
        return QueryExec.newBuilder().dataset(dataset).query(query).context(context)
                .overallTimeout(timeout, TimeUnit.MILLISECONDS).build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec qExec, Query query, String queryStringLog) {
        String source = action.getActionURI();
        try {
            if (!isCapped(action) || !(query.isSelectType() || query.isConstructType() || query.isDescribeType())) {
                return super.executeQuery(action, qExec, query, queryStringLog);
            }
            ResultCap cap = new ResultCap(settings.maxResultRows());
            if (query.isSelectType()) {
                return new QueryExecResult(capRows(qExec.select(), cap, source));
            }
            QueryExecResult result = query.isConstructType()
                    ? new QueryExecResult(cap.quads(qExec.constructQuads()))
                    : new QueryExecResult(cap.triples(qExec.describeTriples()));
            cap.check(source);
            return result;
        } catch (QueryCancelledException e) {
            HttpErrors.abort(503, ErrorCode.QUERY_TIMEOUT, source, "the query ran longer than its limit of "
                    + seconds(timeoutMillis(action)) + " s and was stopped");
        } catch (QueryDeniedException e) {
            HttpErrors.abort(403, ErrorCode.QUERY_SERVICE_REFUSED, source, e.getMessage());
        }
        throw new IllegalStateException("unreachable");
    }

    private RowSet capRows(RowSet rows, ResultCap cap, String source) {
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && cap.admit()) {
            kept.add(rows.next());
        }
        cap.check(source);
        return RowSetStream.create(rows.getResultVars(), kept.iterator());
    }

    /** Anonymous requests have their results capped; authenticated administrators do not. */
    private static boolean isCapped(HttpAction action) {
        return action.getUser() == null;
    }

    /** The request's time limit in milliseconds: the {@code timeout} parameter (seconds) capped, or the default. */
    long timeoutMillis(HttpAction action) {
        String param = action.getRequestParameter(TIMEOUT_PARAM);
        long max = settings.maxQueryTimeout().toMillis();
        if (param == null || param.isBlank()) {
            return settings.queryTimeout().toMillis();
        }
        try {
            BigDecimal secs = new BigDecimal(param.strip());
            if (secs.signum() > 0) {
                return Math.max(1, Math.min(max, secs.multiply(BigDecimal.valueOf(1000)).longValue()));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // fall through to the error below
        }
        HttpErrors.abort(400, ErrorCode.QUERY_BAD_PARAMETER, action.getActionURI(), "timeout=" + abbreviate(param)
                + " is not a positive number of seconds (the maximum is " + seconds(max) + ")");
        return max;
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis).movePointLeft(3).stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String s) {
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "..." : clean;
    }
}
