package org.w3id.sikg.bench;

/** The kind of store the bench queries: every configuration that is queried from a store uses the same kind. */
public enum StoreKind {
    /** A TDB2 database on disk in a temporary directory (what {@code sikg serve} serves). */
    TDB2,
    /** Jena's transactional in-memory dataset. */
    MEM
}
