package org.w3id.sikg.load;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.sikg.validate.NodeLocator;

/**
 * Which CSV row produced which fact graph, and which row describes which node: lets validation results about the
 * mapped graph be reported at the data file and line of the responsible row.
 */
public final class RowIndex implements NodeLocator {

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::file).thenComparingLong(Row::line);

    private final DatasetGraph dataset;
    private final Map<Node, Row> byGraph = new HashMap<>();
    private final Map<Node, Row> byRowIri = new HashMap<>();

    RowIndex(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    void add(Node factGraph, Node rowIri, Row row) {
        byGraph.put(factGraph, row);
        byRowIri.merge(rowIri, row, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
    }

    /** The row whose fact graph is {@code graph}. */
    public Optional<Row> row(Node graph) {
        return Optional.ofNullable(byGraph.get(graph));
    }

    @Override
    public Optional<Location> locate(Node focus, Node predicate, Node value) {
        Optional<Row> row = Optional.empty();
        if (predicate != null && value != null) {
            row = first(dataset.find(Node.ANY, focus, predicate, value));
        }
        if (row.isEmpty()) {
            row = Optional.ofNullable(byRowIri.get(focus));
        }
        if (row.isEmpty()) {
            // a fact graph itself (its provenance, checked by the shapes, sits in the provenance graph)
            row = Optional.ofNullable(byGraph.get(focus));
        }
        if (row.isEmpty()) {
            row = first(dataset.find(Node.ANY, focus, Node.ANY, Node.ANY));
        }
        if (row.isEmpty()) {
            row = first(dataset.find(Node.ANY, Node.ANY, Node.ANY, focus));
        }
        return row.map(r -> new Location(r.file(), r.line()));
    }

    /** The earliest row (by file, then line) whose fact graph holds one of the quads. */
    private Optional<Row> first(Iterator<Quad> quads) {
        Row best = null;
        while (quads.hasNext()) {
            Row r = byGraph.get(quads.next().getGraph());
            if (r != null && (best == null || ORDER.compare(r, best) < 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }
}
