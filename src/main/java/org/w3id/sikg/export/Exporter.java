package org.w3id.sikg.export;

import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.w3id.sikg.vocab.Prefixes;
import org.w3id.sikg.vocab.SIKG;

/**
 * Writes a dataset with RDF4J Rio: pretty Turtle and TriG with the project's prefixes ({@link Prefixes}), sorted
 * N-Quads, JSON-LD compacted with the published context (the same prefixes, as in {@code ontology/context.jsonld})
 * and RDF/XML. Triple formats get the union of the graphs. Output is sorted, so the same data gives the same file.
 *
 * <pre>{@code
 * Exporter.write(store.dataset(), ExportFormat.TTL, ExportSelection.ALL, writer);  // inside a read transaction
 * }</pre>
 */
public final class Exporter {

    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private static final Comparator<Quad> ORDER = Comparator
            .comparing((Quad q) -> q.getGraph().isURI() ? q.getGraph().getURI() : "")
            .thenComparing(q -> NodeFmtLib.strNT(q.getSubject()))
            .thenComparing(q -> NodeFmtLib.strNT(q.getPredicate()))
            .thenComparing(q -> NodeFmtLib.strNT(q.getObject()));

    /** Which graphs to write. */
    public enum Selection {
        /** Every named graph of the store. */
        ALL,
        /** Every graph but the inferred one: what was asserted. */
        ASSERTED
    }

    private Exporter() {
    }

    /**
     * Writes the selected graphs of {@code dataset} to {@code out} (not closed). Call it inside a read transaction
     * when the dataset is a store.
     *
     * @return the number of statements written
     */
    public static long write(DatasetGraph dataset, ExportFormat format, Selection selection, Writer out) {
        Model model = model(dataset, format, selection);
        try {
            Rio.write(model, out, format.rio(), config(format));
        } catch (RDFHandlerException e) {
            throw new IllegalStateException("cannot write " + format + ": " + e.getMessage(), e);
        }
        return model.size();
    }

    private static Model model(DatasetGraph dataset, ExportFormat format, Selection selection) {
        List<Quad> quads = dataset.stream()
                .filter(q -> selection == Selection.ALL || !isInferred(q.getGraph()))
                .sorted(ORDER).toList();
        Model model = new LinkedHashModel();
        for (Map.Entry<String, String> p : Prefixes.map().entrySet()) {
            model.setNamespace(p.getKey(), p.getValue());
        }
        for (Quad q : quads) {
            model.add(statement(q, format.keepsGraphs()));
        }
        return model;
    }

    private static Statement statement(Quad q, boolean keepGraph) {
        var s = JenaToRdf4j.resource(q.getSubject());
        var p = JenaToRdf4j.iri(q.getPredicate());
        var o = JenaToRdf4j.value(q.getObject());
        if (keepGraph && !q.isDefaultGraph()) {
            return VF.createStatement(s, p, o, JenaToRdf4j.resource(q.getGraph()));
        }
        return VF.createStatement(s, p, o);
    }

    private static boolean isInferred(Node graph) {
        return graph.isURI() && graph.getURI().equals(SIKG.GRAPH_INFERRED);
    }

    private static WriterConfig config(ExportFormat format) {
        WriterConfig c = new WriterConfig();
        c.set(BasicWriterSettings.PRETTY_PRINT, true);
        c.set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        if (format == ExportFormat.JSONLD) {
            c.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        }
        return c;
    }
}
