package org.w3id.sikg.bench;

/** How a LUBM query's reference answer count carries over to LUBM(N) made by {@link LubmScaler}. */
public enum QueryScaling {
    /** The query names a University0 IRI (kept only by copy 0): the count stays the University0 count. */
    PINNED,
    /** The query is a connected pattern naming no data IRI: the count is N × the University0 count. */
    SCALED,
    /** The query's shape does not allow either argument (not a connected basic graph pattern): not known at N > 1. */
    UNKNOWN
}
