package org.w3id.sikg.load;

import java.time.Duration;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What {@link Loader#load} produced: the asserted dataset (ontology graph, one graph per fact, provenance graph),
 * the index from graphs and nodes back to CSV rows, and every problem found.
 *
 * @param dataset the asserted named graphs; incomplete when there are errors
 * @param index where each fact graph and row node came from
 * @param problems errors and warnings of all stages
 * @param missing the parts that could not be mapped at all (the ontology, or whole tables, e.g. because their
 *        metadata or mapping is broken); validating the dataset would then report mere consequences
 * @param stats counts and time
 */
public record LoadResult(DatasetGraph dataset, RowIndex index, Problems problems, List<String> missing, Stats stats) {

    public LoadResult {
        missing = List.copyOf(missing);
    }

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
