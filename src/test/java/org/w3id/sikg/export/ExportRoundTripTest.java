package org.w3id.sikg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;
import org.w3id.sikg.vocab.SIKG;

/** Export then parse with Jena: the result is isomorphic to the store (its union graph for triple formats). */
class ExportRoundTripTest {

    @TempDir
    static Path tmp;
    static SikgStore store;
    static DatasetGraph content;

    @BeforeAll
    static void load() {
        store = SikgStore.open(tmp.resolve("store"));
        Graph inferred = GraphFactory.createDefaultGraph();
        inferred.add(SIKG.individual("japan").asNode(), SIKG.property("alliedWith").asNode(),
                SIKG.individual("united-states").asNode());
        StoreBuilder.load(store, Fixtures.basic(), List.of(Enricher.inferredGraph("test", d -> inferred)));
        content = store.dataset().calculateRead(() -> {
            DatasetGraph d = DatasetGraphFactory.createGeneral();
            store.dataset().find().forEachRemaining(d::add);
            return d;
        });
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static String export(ExportFormat format, Exporter.Selection selection) {
        StringWriter w = new StringWriter();
        store.dataset().executeRead(() -> Exporter.write(store.dataset(), format, selection, w));
        return w.toString();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void exportParsesBackToTheSameRdf(ExportFormat format) {
        String text = export(format, Exporter.Selection.ALL);
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.fromString(text, format.jena()).parse(parsed);
        if (format.keepsGraphs()) {
            RdfAssert.assertIsomorphic(content, parsed, format + " export");
        } else {
            Graph union = GraphFactory.createDefaultGraph();
            content.find().forEachRemaining(q -> union.add(q.asTriple()));
            RdfAssert.assertIsomorphic(union, parsed.getDefaultGraph(), format + " export");
        }
    }

    @Test
    void turtleIsPrettyWithTheProjectPrefixes() {
        String ttl = export(ExportFormat.TTL, Exporter.Selection.ALL);
        assertThat(ttl).contains("@prefix sikg: <https://w3id.org/sikg/ontology#>")
                .contains("@prefix sikgid: <https://w3id.org/sikg/id/>")
                .contains("sikgid:japan a sikg:State;");
    }

    @Test
    void assertedOnlyLeavesOutTheInferredGraph() {
        assertThat(export(ExportFormat.NQ, Exporter.Selection.ALL)).contains("alliedWith");
        assertThat(export(ExportFormat.NQ, Exporter.Selection.ASSERTED)).doesNotContain("alliedWith")
                .doesNotContain(SIKG.GRAPH_INFERRED).contains("sikg/graph/fact/");
    }

    @Test
    void exportIsDeterministic() {
        assertThat(export(ExportFormat.TRIG, Exporter.Selection.ALL))
                .isEqualTo(export(ExportFormat.TRIG, Exporter.Selection.ALL));
    }
}
