package org.w3id.sikg.bench;

/** Runs one LUBM query against one configuration (a store, or Jena's InfModel in a child JVM) and times it. */
@FunctionalInterface
public interface QueryExecutor {

    /** Runs the query once, consuming every row, and never hangs longer than the executor's timeout. */
    QueryOutcome run(LubmQuery query);
}
