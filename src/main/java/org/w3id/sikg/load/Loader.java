package org.w3id.sikg.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.vocab.SIKG;

/**
 * Stages 1-3 of loading, as one pure operation: read the ontology and the data directory, check the CSV syntax and
 * the CSVW schemas, and map every row to its own named graph with PROV-O provenance. Bad input never throws: every
 * problem of every stage is collected in the result (rows with errors are left out of the mapping).
 *
 * <pre>{@code
 * LoadResult r = Loader.load(Sources.resolve(Path.of("ontology"), Path.of("data")));
 * r.problems().throwIfErrors();
 * DatasetGraph asserted = r.dataset();
 * }</pre>
 */
public final class Loader {

    private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
    private static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY);
    private static final Node PROVENANCE_GRAPH = NodeFactory.createURI(SIKG.GRAPH_PROVENANCE);

    private final Sources sources;
    private final Problems problems = new Problems();
    private final DatasetGraph dataset = DatasetGraphFactory.createGeneral();
    private final RowIndex index = new RowIndex(dataset);
    private final ProvenanceMapper provenance = new ProvenanceMapper();
    private final Map<String, String> mappingDisplays = new HashMap<>();

    private Loader(Sources sources) {
        this.sources = sources;
    }

    public static LoadResult load(Sources sources) {
        return new Loader(sources).run();
    }

    private LoadResult run() {
        long start = System.nanoTime();
        List<String> missing = new ArrayList<>();
        Graph ontology = OntologyLoader.load(sources, problems);
        if (ontology != null) {
            ontology.find().forEach(t -> dataset.add(new Quad(ONTOLOGY_GRAPH, t)));
        } else {
            missing.add("the ontology");
        }
        DataDirectory.Contents contents = DataDirectory.read(sources, problems);
        contents.unusable().forEach(t -> missing.add("table " + t));
        RowMapper mapper = new RowMapper(ontology == null ? null : declaredTerms(ontology), problems);
        SchemaChecker schema = new SchemaChecker(problems);
        ReferenceChecker references = new ReferenceChecker(contents.tables(), contents.unusable(), problems);
        int rows = 0;
        for (Table table : contents.tables().values()) {
            List<ForeignKey> fks = references.declarations(table);
            List<TypedRow> typed = schema.check(table);
            Mapping mapping = mapping(table);
            if (typed == null || mapping == null || !table.csv().complete()) {
                missing.add("table " + table.name());
            }
            if (typed != null && mapping != null) {
                for (TypedRow row : references.resolve(typed, fks)) {
                    mapRow(row, mapping, mapper);
                    rows++;
                }
                if (mapper.faulty(mappingDisplay(table))) {
                    missing.add("table " + table.name());
                }
            }
        }
        provenance.documents(dataset).forEach(t -> dataset.add(new Quad(PROVENANCE_GRAPH, t)));
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        long quads = dataset.stream().count();
        LOG.info("mapped {} rows of {} tables to {} quads in {} ms ({} errors)", rows, contents.tables().size(),
                quads, time.toMillis(), problems.errors().size());
        return new LoadResult(dataset, index, problems, missing,
                new LoadResult.Stats(contents.tables().size(), rows, quads, time));
    }

    private Mapping mapping(Table table) {
        String text = DataDirectory.mappingText(sources, table, problems);
        if (text == null) {
            return null;
        }
        Set<String> allowed = new HashSet<>();
        allowed.add(Conventions.FACT_GRAPH);
        allowed.add(Conventions.ID + Conventions.IRI_SUFFIX);
        table.schema().columns().forEach(c -> allowed.add(c.name()));
        table.schema().foreignKeys().forEach(fk -> allowed.add(fk.column() + Conventions.IRI_SUFFIX));
        return Mapping.parse(text, mappingDisplay(table), allowed, problems);
    }

    private String mappingDisplay(Table table) {
        return mappingDisplays.computeIfAbsent(table.name(),
                name -> Sources.display(Table.mappingPath(sources.dataDir(), name)));
    }

    private void mapRow(TypedRow row, Mapping mapping, RowMapper mapper) {
        Node graph = NodeFactory.createURI(SIKG.factGraph(row.table().name(), row.row().id()));
        Map<String, List<Node>> terms = new HashMap<>(row.terms());
        terms.put(Conventions.FACT_GRAPH, List.of(graph));
        List<Triple> triples = mapper.map(row.row(), terms, mapping, mappingDisplay(row.table()));
        triples.forEach(t -> dataset.add(new Quad(graph, t)));
        provenance.describe(graph, row).forEach(t -> dataset.add(new Quad(PROVENANCE_GRAPH, t)));
        index.add(graph, SchemaChecker.rowIri(row.row().id()), row.row());
    }

    private static Set<String> declaredTerms(Graph ontology) {
        Set<String> terms = new HashSet<>();
        ontology.find().forEach(t -> {
            if (t.getSubject().isURI()) {
                terms.add(t.getSubject().getURI());
            }
        });
        return terms;
    }
}
