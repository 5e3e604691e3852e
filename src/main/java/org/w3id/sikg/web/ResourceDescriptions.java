package org.w3id.sikg.web;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The RDF description of a resource served to Linked Data clients: statements about it and pointing to it (asserted
 * and inferred), the provenance of the fact graphs they sit in, and the statements about blank nodes reached from it
 * (a concise bounded description extended with incoming links and provenance).
 */
final class ResourceDescriptions {

    /** Upper bound on blank-node statements followed, against pathological data. */
    private static final int MAX_BLANK_QUADS = 10_000;

    private final Site site;

    ResourceDescriptions(Site site) {
        this.site = site;
    }

    /** The description of {@code resource} as quads (graph names kept). */
    DatasetGraph describe(Node resource) {
        return site.queries().read(() -> {
            DatasetGraph found = site.queries().constructQuads("resource-description",
                    StoreQueries.params("resource", resource));
            DatasetGraph out = DatasetGraphFactory.create();
            found.find().forEachRemaining(out::add);
            closeBlankNodes(out);
            return out;
        });
    }

    /** Writes a description in {@code variant}; triple syntaxes get the merge of its graphs. */
    void write(DatasetGraph description, Variant variant, PrefixMapping prefixes, OutputStream out) {
        if (variant.isQuads()) {
            DatasetGraph copy = DatasetGraphFactory.create();
            description.find().forEachRemaining(copy::add);
            copy.prefixes().putAll(Prefixes.used(copy, prefixes).getNsPrefixMap());
            RDFDataMgr.write(out, copy, variant.rdfFormat());
        } else {
            Graph merged = GraphFactory.createDefaultGraph();
            description.find().forEachRemaining(q -> merged.add(q.asTriple()));
            merged.getPrefixMapping().setNsPrefixes(Prefixes.used(merged, prefixes));
            RDFDataMgr.write(out, merged, variant.rdfFormat());
        }
    }

    private void closeBlankNodes(DatasetGraph out) {
        DatasetGraph store = site.queries().dataset();
        Deque<Quad> todo = new ArrayDeque<>();
        out.find().forEachRemaining(todo::add);
        Set<List<Node>> seen = new HashSet<>();
        int added = 0;
        while (!todo.isEmpty() && added < MAX_BLANK_QUADS) {
            Quad q = todo.pop();
            Node o = q.getObject();
            if (!o.isBlank() || !seen.add(List.of(q.getGraph(), o))) {
                continue;
            }
            List<Quad> more = new ArrayList<>();
            store.find(q.getGraph(), o, Node.ANY, Node.ANY).forEachRemaining(more::add);
            for (Quad m : more) {
                out.add(m);
                todo.push(m);
                added++;
            }
        }
    }
}
