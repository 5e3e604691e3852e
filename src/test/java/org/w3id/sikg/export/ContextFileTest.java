package org.w3id.sikg.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.Prefixes;

/** The published JSON-LD context (ontology/context.jsonld) is exactly the project's prefixes, as exports use them. */
class ContextFileTest {

    static Map<String, String> context(JsonObject doc) {
        Map<String, String> m = new LinkedHashMap<>();
        doc.getObj("@context").forEach((k, v) -> m.put(k, v.getAsString().value()));
        return m;
    }

    @Test
    void publishedContextDeclaresTheProjectPrefixes() throws Exception {
        JsonObject published = JSON.parse(Files.readString(Path.of("ontology/context.jsonld")));
        assertThat(context(published)).containsExactlyEntriesOf(Prefixes.map());
    }

    @Test
    void jsonLdExportIsCompactedWithThePublishedContext() throws Exception {
        DatasetGraph d = DatasetGraphFactory.createGeneral();
        d.add(NodeFactory.createURI("https://w3id.org/sikg/graph/fact/states/japan"),
                NodeFactory.createURI("https://w3id.org/sikg/id/japan"),
                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                NodeFactory.createLiteralLang("Japan", "en"));
        StringWriter w = new StringWriter();
        Exporter.write(d, ExportFormat.JSONLD, Exporter.Selection.ALL, w);
        JsonObject exported = JSON.parse(w.toString());
        JsonObject published = JSON.parse(Files.readString(Path.of("ontology/context.jsonld")));
        assertThat(context(exported)).isEqualTo(context(published));
        assertThat(w.toString()).contains("\"sikgid:japan\"").contains("\"rdfs:label\"");
    }
}
