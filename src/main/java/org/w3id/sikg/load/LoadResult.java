package org.w3id.sikg.load;

import java.time.Duration;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What {@link Loader#load} produced: the asserted dataset (ontology graph, one graph per fact, provenance graph),
 * the index from graphs and nodes back to CSV rows, and every problem found.
 *
 * @param dataset the asserted named graphs; incomplete when there are errors
 * @param index where each fact graph and row node came from
 * @param problems errors and warnings of all stages
 * @param stats counts and time
 */
public record LoadResult(DatasetGraph dataset, RowIndex index, Problems problems, Stats stats) {

    /**
     * Figures of one load.
     *
     * @param tables tables read
     * @param rows rows mapped to fact graphs
     * @param quads quads in the dataset
     * @param time wall-clock time of reading, checking and mapping
     */
    public record Stats(int tables, int rows, long quads, Duration time) {
    }
}
