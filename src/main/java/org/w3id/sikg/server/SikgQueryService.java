package org.w3id.sikg.server;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.server.CounterName;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.ActionExecLib;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQLProtocol;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
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
 * time-out or an oversized result is always a clean error status, never a truncated 200. Query strings are parsed
 * once and kept ({@link ParsedQueries}).
 */
final class SikgQueryService extends SPARQL_QueryDataset {

    static final String TIMEOUT_PARAM = "timeout";
    /** How many parsed queries the service keeps ({@link ParsedQueries}). */
    static final int PARSED_QUERIES = 512;

    private final ServerSettings settings;
    private final ServicePolicy services;
    private final ParsedQueries queries;

    SikgQueryService(ServerSettings settings) {
        this.settings = settings;
        this.services = new ServicePolicy(settings.serviceAllowlist());
        this.queries = new ParsedQueries(PARSED_QUERIES, this::cap);
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.refusal(query).ifPresent(
                why -> HttpErrors.abort(403, ErrorCode.QUERY_SERVICE_REFUSED, action.getActionURI(), why));
        timeoutMillis(action);
    }

    /**
     * Fuseki's query handling, step for step, except that the query comes from {@link ParsedQueries} (parsed once
     * per query string) and a capped client's SELECT gets the cap as its LIMIT there too, instead of a copy of the
     * query per request.
     */
    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString.isEmpty()) {
            ServletOps.errorBadRequest("Error: Empty query string");
        }
        if (queryString.isBlank()) {
            ServletOps.errorBadRequest("Error: Blank query string");
        }
        String queryStringLog = ServletOps.formatForLog(queryString);
        if (action.log.isInfoEnabled()) {
            action.log.info(String.format("[%d] Query = %s", action.id, queryStringLog));
        }
        ParsedQueries.Parsed parsed = null;
        try {
            parsed = queries.parse(queryString);
            validateQuery(action, parsed.query());
        } catch (ActionErrorException e) {
            throw e;
        } catch (QueryParseException e) {
            String msg = SPARQLProtocol.messageForParseException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest(msg);
        } catch (QueryException e) {
            String msg = SPARQLProtocol.messageForException(e);
            action.log.warn(String.format("[%d] %s", action.id, msg));
            ServletOps.errorBadRequest("Error: \n" + queryString + "\n" + msg);
        }
        Query query = parsed.query();
        try {
            action.beginRead();
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, queryStringLog);
            Query q = chosen.getRight() == null || chosen.getRight() == query ? query : chosen.getRight();
            if (isCapped(action)) {
                q = q == query ? parsed.capped() : cap(q);
            }
            try (QueryExec qExec = createQueryExec(action, q, chosen.getLeft())) {
                QueryExecResult result = executeQuery(action, qExec, query, queryStringLog);
                sendResults(action, result, query.getPrologue());
            }
        } catch (QueryParseException e) {
            action.abortSilent();
            ServletOps.errorBadRequest("Query parse error: \n" + queryString + "\n"
                    + SPARQLProtocol.messageForException(e));
        } catch (QueryCancelledException e) {
            action.abortSilent();
            ActionExecLib.incCounter(action.getEndpoint().getCounters(), CounterName.QueryTimeouts);
            throw e;
        } finally {
            action.endRead();
        }
    }

    /** {@code query} with the result cap as its LIMIT when it is a SELECT without a smaller one; else itself. */
    private Query cap(Query query) {
        long cap = settings.maxResultRows() + 1;
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > cap)) {
            Query q = query.cloneQuery();
            q.setLimit(cap);
            return q;
        }
        return query;
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
