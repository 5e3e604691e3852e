package org.w3id.sikg.bench;

import java.util.List;

/**
 * A store load phase and the query timings over that store.
 *
 * @param load the timed store load
 * @param timings the query timings, q1 … q14
 */
public record StoredQueries(Phase load, List<QueryTiming> timings) {

    public StoredQueries {
        timings = List.copyOf(timings);
    }
}
