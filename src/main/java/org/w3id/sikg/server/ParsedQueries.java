package org.w3id.sikg.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * The queries the server has parsed, by query string, so that a question asked again (the competency questions, a
 * page's queries, a client polling) is not tokenised again: parsing a query with a long header comment costs more
 * than answering it over SIKG's store (docs/benchmark.md, W2). Parsing is exactly Fuseki's ({@code Syntax.syntaxARQ},
 * the same base IRI), so answers and parse errors are unchanged; errors are not cached.
 *
 * <p>A cached {@link Query} is shared by concurrent requests, which only read it: its result variables are fixed
 * before it is shared, and DESCRIBE queries, which ARQ may complete in place, are never cached. Least recently used
 * entries are dropped beyond {@link #capacity}; long query strings are never cached.
 */
final class ParsedQueries {

    /** The base IRI Fuseki parses request queries against. */
    static final String BASE = "http://server/unset-base/";
    /** Query strings longer than this are parsed every time (kept out of the cache to bound its memory). */
    static final int MAX_CACHED_LENGTH = 32 * 1024;

    /**
     * A parsed query and, when the server caps results, the same query with the cap as its LIMIT.
     *
     * @param query the query as parsed
     * @param capped the query to run for a capped client ({@code query} itself when it needs no extra LIMIT)
     */
    record Parsed(Query query, Query capped) {
    }

    private final int capacity;
    private final UnaryOperator<Query> cap;
    private final Map<String, Parsed> cache;

    /**
     * @param capacity how many parsed queries to keep
     * @param cap the query a capped client runs instead of a given one (identity when it needs no extra LIMIT)
     */
    ParsedQueries(int capacity, UnaryOperator<Query> cap) {
        this.capacity = capacity;
        this.cap = cap;
        this.cache = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                return size() > ParsedQueries.this.capacity;
            }
        };
    }

    /**
     * The parsed form of {@code queryString}, from the cache when it was parsed before.
     *
     * @throws QueryParseException as {@link QueryFactory#create(String, String, Syntax)} (never cached)
     */
    Parsed parse(String queryString) {
        Parsed known = lookup(queryString);
        if (known != null) {
            return known;
        }
        Query query = QueryFactory.create(queryString, BASE, Syntax.syntaxARQ);
        query.ensureResultVars();
        Query capped = cap.apply(query);
        if (capped != query) {
            capped.ensureResultVars();
        }
        Parsed parsed = new Parsed(query, capped);
        if (cacheable(queryString, query)) {
            synchronized (cache) {
                cache.putIfAbsent(queryString, parsed);
            }
        }
        return parsed;
    }

    /** How many parsed queries are kept now. */
    int size() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private Parsed lookup(String queryString) {
        if (queryString.length() > MAX_CACHED_LENGTH) {
            return null;
        }
        synchronized (cache) {
            return cache.get(queryString);
        }
    }

    private static boolean cacheable(String queryString, Query query) {
        return queryString.length() <= MAX_CACHED_LENGTH && !query.isDescribeType();
    }
}
