package org.w3id.sikg.bench;

import java.util.OptionalLong;

import org.apache.jena.query.Query;

/**
 * One of the 14 LUBM queries with its LUBM(1,0) reference answer count.
 *
 * @param id the query's name, {@code q1} … {@code q14}
 * @param query the parsed SPARQL query
 * @param referenceCount the number of answer rows on University0 ({@code answers/expected_counts.tsv})
 * @param scaling how the reference count carries over to LUBM(N)
 */
public record LubmQuery(String id, Query query, long referenceCount, QueryScaling scaling) {

    /** The expected answer count on LUBM(n) built by {@link LubmScaler}, when it is known. */
    public OptionalLong expected(int n) {
        return switch (scaling) {
            case PINNED -> OptionalLong.of(referenceCount);
            case SCALED -> OptionalLong.of(referenceCount * n);
            case UNKNOWN -> n == 1 ? OptionalLong.of(referenceCount) : OptionalLong.empty();
        };
    }
}
