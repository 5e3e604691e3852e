package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two independent Turtle parsers, Apache Jena RIOT and Eclipse RDF4J Rio, read every ontology file (and the article
 * sample) into isomorphic graphs: the files use no syntax that one toolchain reads differently from the other.
 */
class ParserAgreementTest {

    static Stream<Path> turtleFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(OwlApiSupport.ONTOLOGY_DIR)) {
            walk.filter(p -> p.toString().endsWith(".ttl")).sorted().forEach(files::add);
        }
        files.add(OwlApiSupport.SAMPLE);
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void jenaAndRioParseIntoIsomorphicGraphs(Path file) throws IOException {
        Graph jena = RDFParser.source(file).lang(Lang.TURTLE).toGraph();

        org.eclipse.rdf4j.model.Model rio;
        try (InputStream in = Files.newInputStream(file)) {
            rio = Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
        }
        StringWriter ntriples = new StringWriter();
        Rio.write(rio, ntriples, RDFFormat.NTRIPLES);
        Model fromRio = ModelFactory.createDefaultModel();
        RDFDataMgr.read(fromRio, new StringReader(ntriples.toString()), null, Lang.NTRIPLES);

        assertThat(jena.size()).as("triples").isPositive().isEqualTo(fromRio.size());
        assertThat(jena.isIsomorphicWith(fromRio.getGraph())).as("Jena and Rio graphs are isomorphic").isTrue();
    }
}
