package org.w3id.sikg.reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Where asserted triples come from in a SIKG dataset: the named graphs that hold them and, for fact graphs, the data
 * file and line of the row and the article sections it cites, from the provenance graph (query
 * {@code fact-sources.rq}). The source functions for {@link Materialisation#explain} and
 * {@link Materialisation#requireConsistent} are built from it.
 */
public final class FactSources {

    private static final String QUERY = "/org/w3id/sikg/reason/fact-sources.rq";

    /**
     * One graph that holds a triple.
     *
     * @param graph the graph's IRI ({@code "default"} for the default graph)
     * @param dataFile the data file of the fact graph's row, e.g. {@code data/hub-spokes.csv}, or null when the graph
     *     is not a fact graph (the ontology, an imported dataset)
     * @param dataLine the row's line in that file, or 0
     * @param locators the section locators the row cites, e.g. {@code §2.1}
     */
    public record FactSource(String graph, String dataFile, long dataLine, List<String> locators) {

        public FactSource {
            locators = List.copyOf(locators);
        }

        /** {@code data/hub-spokes.csv:2}, or the graph IRI when the graph is not a fact graph. */
        public String fileLine() {
            return dataFile == null ? graph : dataFile + ":" + dataLine;
        }

        /** {@code data/hub-spokes.csv:2 (§2.1, §2.4)}: the row and its sections; the graph IRI otherwise. */
        public String describe() {
            return locators.isEmpty() ? fileLine() : fileLine() + " (" + String.join(", ", locators) + ")";
        }
    }

    private final DatasetGraph dataset;
    private final Map<String, FactSource> facts;

    private FactSources(DatasetGraph dataset, Map<String, FactSource> facts) {
        this.dataset = dataset;
        this.facts = facts;
    }

    /** Reads the provenance of every fact graph of {@code dataset} (in a read transaction when it has them). */
    public static FactSources read(DatasetGraph dataset) {
        Query query = query();
        Map<String, FactSource> facts = dataset.calculateRead(() -> {
            Map<String, FactSource> found = new LinkedHashMap<>();
            RowSet rows = QueryExec.dataset(dataset).query(query).select();
            rows.forEachRemaining(row -> {
                String graph = row.get("graph").getURI();
                FactSource known = found.get(graph);
                List<String> locators = new ArrayList<>(known == null ? List.of() : known.locators());
                Node locator = row.get("locator");
                if (locator != null && locator.isLiteral()) {
                    locators.add(locator.getLiteralLexicalForm());
                }
                found.put(graph, new FactSource(graph, row.get("file").getLiteralLexicalForm(),
                        Long.parseLong(row.get("line").getLiteralLexicalForm()), locators));
            });
            return found;
        });
        return new FactSources(dataset, new HashMap<>(facts));
    }

    /** The graphs of the dataset that hold {@code triple} (the inferred graph left out), with their provenance. */
    public List<FactSource> of(Triple triple) {
        List<String> graphs = dataset.calculateRead(() -> Sources.namedGraphs(dataset).apply(triple));
        return graphs.stream().map(g -> facts.getOrDefault(g, new FactSource(g, null, 0, List.of()))).toList();
    }

    /**
     * Sources for explanations: for each graph holding the triple, its IRI, then for a fact graph its row and
     * sections, e.g. {@code [https://w3id.org/sikg/graph/fact/hub-spokes/spoke-japan, data/hub-spokes.csv:2 (§2.1,
     * §2.4)]}. The IRIs become {@code prov:hadPrimarySource} in PROV-O renderings, the rows comments.
     */
    public Function<Triple, List<String>> forExplanations() {
        return t -> {
            List<String> out = new ArrayList<>();
            for (FactSource s : of(t)) {
                out.add(s.graph());
                if (s.dataFile() != null) {
                    out.add(s.describe());
                }
            }
            return out;
        };
    }

    /** Sources for problems: one {@link FactSource#describe()} per graph holding the triple. */
    public Function<Triple, List<String>> forProblems() {
        return t -> of(t).stream().map(FactSource::describe).toList();
    }

    private static Query query() {
        try (InputStream in = FactSources.class.getResourceAsStream(QUERY)) {
            if (in == null) {
                throw new IllegalStateException(QUERY + " is not on the classpath");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
