package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sikg reason}: figures on stdout, the inferred triples written, REASON-001 for inconsistent data. */
class ReasonCommandTest {

    private static final String ONTOLOGY = """
            @prefix : <http://example.org/> .
            @prefix owl: <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            :Dog rdfs:subClassOf :Animal . :Weak owl:disjointWith :Strong .
            """;

    static MainTest.Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new MainTest.Result(exit, out.toString(), err.toString());
    }

    @Test
    void materialisesAndWritesTheInferredTriples(@TempDir Path dir) throws Exception {
        Path onto = Files.writeString(dir.resolve("onto.ttl"), ONTOLOGY);
        Path data = Files.writeString(dir.resolve("data.ttl"), "<http://example.org/rex> a <http://example.org/Dog> .");
        Path out = dir.resolve("inferred.nt");
        MainTest.Result r = run("reason", "--ontology", onto.toString(), "--data", data.toString(), "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("asserted=3", "materialise_s=");
        Graph inferred = RDFDataMgr.loadGraph(out.toString());
        assertThat(inferred.contains(org.apache.jena.graph.NodeFactory.createURI("http://example.org/rex"),
                org.apache.jena.vocabulary.RDF.type.asNode(),
                org.apache.jena.graph.NodeFactory.createURI("http://example.org/Animal"))).isTrue();
    }

    @Test
    void inconsistentDataIsAUserErrorNamingTheRule(@TempDir Path dir) throws Exception {
        Path onto = Files.writeString(dir.resolve("onto.ttl"), ONTOLOGY);
        Path data = Files.writeString(dir.resolve("data.ttl"),
                "<http://example.org/x> a <http://example.org/Weak> , <http://example.org/Strong> .");
        MainTest.Result r = run("reason", "--ontology", onto.toString(), "--data", data.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("REASON-001", "cax-dw", "docs/errors.md#reason-001");
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        MainTest.Result r = run("reason", "--ontology", dir.resolve("none.ttl").toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("CLI-002");
    }
}
