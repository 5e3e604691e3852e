package org.w3id.sikg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.w3id.sikg.error.ErrorCode;

/**
 * Builds the ontology graph: {@code sikg.ttl} and, transitively, every ontology it imports, each import resolved to a
 * local file through {@code catalog-v001.xml} (ONTO-001 when it cannot be).
 */
final class OntologyLoader {

    private OntologyLoader() {
    }

    /** The ontology graph, or null when a file is unusable (reported). */
    static Graph load(Sources sources, Problems problems) {
        Catalog catalog = Catalog.read(sources.ontologyDir(), problems);
        Graph union = GraphFactory.createDefaultGraph();
        Graph main = RdfFiles.read(sources.ontologyFile(), problems);
        if (main == null) {
            return null;
        }
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        Deque<Map.Entry<Path, Graph>> todo = new ArrayDeque<>();
        todo.add(Map.entry(sources.ontologyFile(), main));
        while (!todo.isEmpty()) {
            Map.Entry<Path, Graph> next = todo.poll();
            Graph g = next.getValue();
            g.find().forEach(union::add);
            for (Node imported : g.find(Node.ANY, OWL.imports.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList()) {
                if (!imported.isURI() || !seen.add(imported.getURI())) {
                    continue;
                }
                Optional<Path> file = catalog.resolve(imported.getURI());
                Graph module = file.map(f -> RdfFiles.read(f, problems)).orElse(null);
                if (file.isEmpty()) {
                    problems.error(ErrorCode.ONTO_IMPORT_UNRESOLVED, Sources.display(next.getKey()),
                            lineOf(next.getKey(), imported.getURI()), 0,
                            "owl:imports <" + imported.getURI() + "> has no entry in " + Catalog.FILE, null);
                }
                if (module == null) {
                    ok = false;
                } else {
                    todo.add(Map.entry(file.get(), module));
                }
            }
        }
        return ok ? union : null;
    }

    /** The first line of {@code file} mentioning {@code iri}, or 0. */
    private static long lineOf(Path file, String iri) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(iri)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
