package org.w3id.sikg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.vocabulary.OWL2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Reads an ontology file and, transitively, every ontology it imports, resolving each {@code owl:imports} through the
 * catalog next to it, never through the network. The result is one Jena model holding all their triples (the
 * imports closure), as the quality checks and the {@code graph/ontology} named graph need it.
 *
 * <p>Usage: {@code Model closure = OntologyClosure.load(Path.of("ontology/sikg.ttl"));}
 */
public final class OntologyClosure {

    private static final Logger LOG = LoggerFactory.getLogger(OntologyClosure.class);

    private OntologyClosure() {
    }

    /** Loads {@code ontologyFile} and its imports through the {@code catalog-v001.xml} in the same directory. */
    public static Model load(Path ontologyFile) {
        return load(ontologyFile, Catalog.read(ontologyFile.toAbsolutePath().resolveSibling(Catalog.FILE_NAME)));
    }

    /**
     * Loads {@code ontologyFile} and its imports through {@code catalog}. All syntax errors and unresolved imports are
     * collected and reported together ({@code ONTO-002}, {@code ONTO-001}).
     */
    public static Model load(Path ontologyFile, Catalog catalog) {
        Model closure = ModelFactory.createDefaultModel();
        List<Problem> problems = new ArrayList<>();
        Map<Path, Boolean> seen = new LinkedHashMap<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(ontologyFile.toAbsolutePath().normalize()));
        while (!todo.isEmpty()) {
            Path file = todo.pop();
            if (seen.putIfAbsent(file, Boolean.TRUE) != null) {
                continue;
            }
            Model part = parse(file, problems);
            closure.add(part);
            closure.setNsPrefixes(part.getNsPrefixMap());
            for (RDFNode imported : part.listObjectsOfProperty(OWL2.imports).toList()) {
                String iri = imported.isURIResource() ? imported.asResource().getURI() : imported.toString();
                catalog.resolve(iri).ifPresentOrElse(todo::add, () -> problems.add(Problem.of(
                        ErrorCode.ONTO_IMPORT_UNRESOLVED, file.toString(), 0,
                        "owl:imports <" + iri + "> has no entry in " + catalog.file())));
            }
        }
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        LOG.debug("loaded {} triples from {} ontology files", closure.size(), seen.size());
        return closure;
    }

    private static Model parse(Path file, List<Problem> problems) {
        Model model = ModelFactory.createDefaultModel();
        if (!Files.isRegularFile(file)) {
            problems.add(Problem.of(ErrorCode.IO_FAILURE, file.toString(), 0, "ontology file not found"));
            return model;
        }
        try {
            RDFParser.source(file).lang(Lang.TURTLE).errorHandler(collecting(file, problems)).parse(model);
        } catch (RiotException e) {
            LOG.debug("parse of {} stopped: {}", file, e.getMessage());
        }
        return model;
    }

    private static ErrorHandler collecting(Path file, List<Problem> problems) {
        return new ErrorHandler() {
            @Override
            public void warning(String message, long line, long col) {
                LOG.warn("{}:{}:{}: {}", file, line, col, message);
            }

            @Override
            public void error(String message, long line, long col) {
                problems.add(new Problem(ErrorCode.ONTO_SYNTAX, file.toString(), line, col, message, null));
            }

            @Override
            public void fatal(String message, long line, long col) {
                error(message, line, col);
                throw new RiotException(message);
            }
        };
    }
}
