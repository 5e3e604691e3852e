package org.w3id.sikg.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Describes each fact graph in PROV-O with two internal queries that hold every provenance term (renaming one is a
 * one-file change): {@code provenance.rq}, run per row (section(s), cited source(s), data file and line), and
 * {@code provenance-document.rq}, run once over the whole dataset (the section's document as primary source).
 */
final class ProvenanceMapper {

    static final String RESOURCE = "/org/w3id/sikg/load/provenance.rq";
    static final String DOCUMENT_RESOURCE = "/org/w3id/sikg/load/provenance-document.rq";
    private static final String SECTION_IRI = Conventions.SECTION + Conventions.IRI_SUFFIX;
    private static final String CITED_IRI = Conventions.CITED_SOURCE + Conventions.IRI_SUFFIX;
    private static final Set<String> INPUTS = Set.of(Conventions.FACT_GRAPH, SECTION_IRI, CITED_IRI, "data_file",
            "data_line");

    private final Mapping mapping;
    private final Query documents = QueryFactory.create(text(DOCUMENT_RESOURCE));

    ProvenanceMapper() {
        Problems problems = new Problems();
        this.mapping = Mapping.parse(text(RESOURCE), RESOURCE, INPUTS, problems);
        if (mapping == null) {
            throw new IllegalStateException("the built-in " + RESOURCE + " is broken: " + problems.errors());
        }
    }

    /** The provenance triples of the fact graph {@code factGraph} produced by {@code row}. */
    List<Triple> describe(Node factGraph, TypedRow row) {
        Map<String, List<Node>> terms = new HashMap<>();
        terms.put(Conventions.FACT_GRAPH, List.of(factGraph));
        terms.put(SECTION_IRI, row.terms(SECTION_IRI));
        terms.put(CITED_IRI, row.terms(CITED_IRI));
        terms.put("data_file", List.of(NodeFactory.createLiteralString(row.table().dataPath())));
        terms.put("data_line", List.of(NodeFactory.createLiteralDT(Long.toString(row.row().line()),
                XSDDatatype.XSDinteger)));
        return mapping.run(RowMapper.bindings(terms, mapping.inputs()), RowMapper.SKOLEM_NS + "provenance/");
    }

    /** The document-level provenance of all fact graphs, from the union of the dataset's graphs. */
    List<Triple> documents(DatasetGraph dataset) {
        Graph union = GraphFactory.createGraphMem();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        return QueryExec.graph(union).query(documents).construct().find().toList();
    }

    private static String text(String resource) {
        try (InputStream in = ProvenanceMapper.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
