package org.w3id.sikg.bench;

import java.nio.file.Path;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.w3id.sikg.imports.CowImport;

/**
 * The seam between W3 and SIKG's COW importer ({@code sikg import cow}, package {@code org.w3id.sikg.imports},
 * issue 9).
 */
public interface AllianceImporter {

    /** What the reports say while the importer is missing. */
    String UNAVAILABLE = "COW importer not available in this build (package org.w3id.sikg.imports, issue 9, is not"
            + " merged): no W3 figure was measured";

    /**
     * Imports COW alliance members (and states, when given) into RDF in SIKG's ontology.
     *
     * @param membersCsv {@code alliance_v4.1_by_member.csv}
     * @param statesCsv {@code states2016.csv}, if present
     */
    Graph importCow(Path membersCsv, Optional<Path> statesCsv);

    /**
     * SIKG's importer: {@link CowImport} (issue 9), the same mapping {@code sikg import cow} writes to the store,
     * returned as the graph {@code graph/dataset/cow} would hold. A problem in the files throws
     * {@link org.w3id.sikg.error.SikgException} with every problem.
     */
    static Optional<AllianceImporter> find() {
        return Optional.of((members, states) -> CowImport.read(members, states, Optional.empty()).graph());
    }
}
