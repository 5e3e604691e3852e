package org.w3id.sikg.imports;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.w3id.sikg.error.Problem;

/**
 * A dataset read, checked and mapped, ready to be written to a store.
 *
 * @param dataset which dataset
 * @param graph its triples, for the named graph {@link DatasetInfo#graph()}
 * @param rows data rows read from the member file
 * @param alliances alliances mapped
 * @param memberships membership rows mapped
 * @param states distinct member states
 * @param articleStates how many of those are the article's states
 * @param warnings problems that did not stop the import (IMPORT-005)
 */
public record ImportResult(DatasetInfo dataset, Graph graph, long rows, int alliances, int memberships, int states,
        int articleStates, List<Problem> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }

    /** The named graph the result belongs in. */
    public Node graphName() {
        return dataset.graph();
    }
}
