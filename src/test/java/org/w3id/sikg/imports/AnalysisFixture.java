package org.w3id.sikg.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.query.KgDatasets;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RealReasoner;
import org.w3id.sikg.validate.OntologyClosure;
import org.w3id.sikg.vocab.SIKG;

/**
 * A store for the analysis queries' tests: an in-memory TDB2 dataset, queried through the same view as
 * {@code /kg/sparql}, holding the real ontology, a few article facts (imports/analysis/article.trig), imported datasets
 * (the COW and ATOP fixtures, or the real files), and the inferred graph of SIKG's reasoner over all of them.
 */
final class AnalysisFixture {

    private final DatasetGraph store = DatabaseMgr.createDatasetGraph();

    /** With the COW and ATOP fixtures. */
    AnalysisFixture() {
        this(List.of(ImportFixtures.cow(), ImportFixtures.atop()), true);
    }

    /** With {@code imported} datasets, reasoned over or not. */
    AnalysisFixture(List<ImportResult> imported, boolean reason) {
        DatasetGraph asserted = org.apache.jena.sparql.core.DatasetGraphFactory.createGeneral();
        asserted.addGraph(NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY),
                OntologyClosure.load(Path.of("ontology", "sikg.ttl")).getGraph());
        RDFDataMgr.read(asserted, Fixtures.resource("imports/analysis/article.trig").toString());
        for (ImportResult r : imported) {
            r.graph().find().forEach(t -> asserted.add(r.graphName(), t.getSubject(), t.getPredicate(), t.getObject()));
        }
        Enricher reasoner = RealReasoner.enricher();
        DatasetGraph inferred = reason ? reasoner.enrich(asserted) : org.apache.jena.sparql.core.DatasetGraphFactory.empty();
        Txn.executeWrite(store, () -> {
            asserted.find().forEachRemaining(store::add);
            inferred.find().forEachRemaining(store::add);
        });
    }

    /** The rows of {@code queries/analysis/<name>} over /kg/sparql's view. */
    List<List<String>> rows(String name) {
        return rows(name, KgView.ALL);
    }

    /** The rows of {@code queries/analysis/<name>} over {@code kgView}, values as text ({@code sikgid:x} for IRIs). */
    List<List<String>> rows(String name, KgView kgView) {
        Query q;
        try {
            q = QueryFactory.create(Files.readString(Path.of("queries", "analysis", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetGraph view = KgDatasets.view(store, kgView);
        return Txn.calculateRead(view, () -> {
            List<List<String>> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.newBuilder().dataset(view).query(q).build()) {
                RowSet rs = exec.select();
                List<Var> vars = rs.getResultVars();
                while (rs.hasNext()) {
                    Binding b = rs.next();
                    List<String> row = new ArrayList<>();
                    vars.forEach(v -> row.add(text(b.get(v))));
                    out.add(row);
                }
            }
            return out;
        });
    }

    private static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return n.getURI().startsWith(SIKG.ID_NS) ? "sikgid:" + n.getURI().substring(SIKG.ID_NS.length())
                    : n.getURI();
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
