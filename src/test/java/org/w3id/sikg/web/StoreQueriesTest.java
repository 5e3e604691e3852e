package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The web module's SPARQL files parse, say what they are for, and take request values only as parameters. */
class StoreQueriesTest {

    private static final Path QUERIES = Path.of("src/main/resources/org/w3id/sikg/web/queries");

    @Test
    void everyQueryFileParsesAndHasAHeaderComment() throws IOException {
        StoreQueries queries = new StoreQueries(DatasetGraphFactory.createTxnMem());
        try (Stream<Path> files = Files.list(QUERIES)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".rq")).toList();
            assertThat(all).hasSizeGreaterThan(10);
            for (Path f : all) {
                String name = f.getFileName().toString().replace(".rq", "");
                assertThat(Files.readString(f)).as(name).startsWith("# ");
                assertThat(queries.query(name)).as(name).isNotNull();
            }
        }
    }

    @Test
    void aHostileValueIsATermNotSparql() {
        DatasetGraph ds = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(ds, "web/fixture.trig");
        StoreQueries queries = new StoreQueries(ds);
        String hostile = "https://w3id.org/sikg/id/japan> ?p ?o } UNION { GRAPH ?g { ?s ?p ?o";
        assertThat(queries.ask("resource-exists", StoreQueries.params("resource", NodeFactory.createURI(hostile))))
                .isFalse();
        assertThat(queries.ask("resource-exists", StoreQueries.params("resource",
                NodeFactory.createURI("https://w3id.org/sikg/id/japan")))).isTrue();
    }
}
