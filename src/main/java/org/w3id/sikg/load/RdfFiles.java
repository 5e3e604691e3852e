package org.w3id.sikg.load;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/**
 * Reads an RDF file (syntax from its extension; Turtle when unknown) into a graph, turning parse errors into
 * {@code ONTO-002} problems at file:line:column and parser warnings into warnings.
 */
public final class RdfFiles {

    /** Base for relative IRIs, so that they never depend on where the file lies. */
    private static final String BASE = "https://w3id.org/sikg/ontology/";

    private RdfFiles() {
    }

    /** The file's triples, or null when it cannot be read or parsed (reported). */
    public static Graph read(Path file, Problems problems) {
        String display = Sources.display(file);
        if (!Files.isRegularFile(file)) {
            problems.error(ErrorCode.ONTO_SYNTAX, display, 0, 0, "the file does not exist", null);
            return null;
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString(), Lang.TURTLE);
        Graph graph = GraphFactory.createDefaultGraph();
        int before = problems.errors().size();
        try {
            byte[] bytes = Files.readAllBytes(file);
            RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base(BASE)
                    .labelToNode(LabelToNode.createScopeByDocumentHash(blankNodeSeed(file, bytes)))
                    .errorHandler(handler(display, problems)).parse(graph);
        } catch (IOException e) {
            problems.error(ErrorCode.IO_FAILURE, display, 0, 0, "cannot read the file: " + e.getMessage(), null);
        } catch (RiotException e) {
            if (problems.errors().size() == before) {
                problems.error(ErrorCode.ONTO_SYNTAX, display, 0, 0, e.getMessage(), null);
            }
        }
        return problems.errors().size() == before ? graph : null;
    }

    /**
     * The seed of the file's blank node labels: the same file content gives the same blank nodes on every load, so
     * that reloading an unchanged ontology (whose OWL restrictions and lists are blank nodes) writes the same quads.
     */
    private static UUID blankNodeSeed(Path file, byte[] bytes) {
        byte[] name = file.getFileName().toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[name.length + 1 + bytes.length];
        System.arraycopy(name, 0, all, 0, name.length);
        System.arraycopy(bytes, 0, all, name.length + 1, bytes.length);
        return UUID.nameUUIDFromBytes(all);
    }

    private static ErrorHandler handler(String display, Problems problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                problems.warning(new Problem(ErrorCode.ONTO_SYNTAX, display, Math.max(line, 0), Math.max(col, 0),
                        message, "not fatal, but worth fixing"));
            }

            @Override
            public void error(String message, long line, long col) {
                problems.error(ErrorCode.ONTO_SYNTAX, display, Math.max(line, 0), Math.max(col, 0), message, null);
                throw new RiotException(message);
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
            }
        };
    }
}
