package org.w3id.sikg.validate;

import java.util.Optional;

import org.apache.jena.graph.Node;

/**
 * Tells where in the input a node or triple of the validated graph came from, so that a validation result can be
 * reported at file:line. The loader's row index implements it for mapped CSV rows.
 */
@FunctionalInterface
public interface NodeLocator {

    /** A place in an input file. */
    record Location(String file, long line) {
    }

    /** Locates nothing: results are reported without a file location. */
    NodeLocator NONE = (focus, predicate, value) -> Optional.empty();

    /**
     * Where the triple {@code (focus, predicate, value)} was produced or, when {@code predicate} or {@code value} is
     * null or the triple is not found, where {@code focus} was described.
     */
    Optional<Location> locate(Node focus, Node predicate, Node value);
}
