package org.w3id.sikg.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * A row whose cells passed the schema checks, with the RDF terms its mapping is run with: one entry per mapping
 * variable ({@code ?<column>} typed literals, {@code ?<column>_iri} IRIs of referenced rows, {@code ?id_iri}); a
 * multi-valued cell gives several terms, an empty cell none.
 *
 * @param row the row as read
 * @param table the row's table
 * @param terms mapping variable name to its values
 */
public record TypedRow(Row row, Table table, Map<String, List<Node>> terms) {

    public TypedRow {
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
    }

    public List<Node> terms(String variable) {
        return terms.getOrDefault(variable, List.of());
    }
}
