package org.w3id.sikg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

/**
 * Batched SHACL-SPARQL constraints report exactly what Jena SHACL reports when it runs them once per focus node:
 * on the project's own shapes over the ontology, the article sample and one fault per shape, and on small shapes
 * that exercise messages, values, paths and the cases that must stay with Jena.
 */
class SparqlConstraintBatchTest {

    private static final String PREFIXES = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <http://example.org/> "
            + "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    @Test
    void onTheProjectsShapesEveryResultIsJenasAndEverySparqlConstraintIsBatched() {
        Graph shapes = RDFDataMgr.loadGraph("ontology/shapes.ttl");
        Model data = OntologyClosure.load(Path.of("ontology/sikg.ttl"));
        RDFDataMgr.read(data, "src/test/resources/ontology/article-sample.ttl");
        RDFDataMgr.read(data, "src/test/resources/shapes/faults.ttl");

        SparqlConstraintBatch batch = SparqlConstraintBatch.plan(shapes, Shapes.parse(shapes));
        assertThat(batch.size()).as("every sh:sparql constraint of ontology/shapes.ttl")
                .isEqualTo(shapes.find(Node.ANY, SHACL.sparql, Node.ANY).toList().size()).isGreaterThan(10);
        List<String> batched = describe(batch.validate(data.getGraph()));
        assertThat(batched).as("the faults trip SPARQL constraints").hasSizeGreaterThanOrEqualTo(10);
        assertThat(describe(ShapeValidator.entries(shapes, data.getGraph())))
                .isEqualTo(describe(jena(shapes, data.getGraph())));
    }

    @Test
    void messagesValuesAndPathsAreFilledInAsJenaDoes() {
        Graph shapes = ttl("""
                ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:severity sh:Warning ;
                  sh:sparql [ sh:message "{$this} has {?value} via {?path}, {?missing} stays" ;
                    sh:select "SELECT $this ?value ?path WHERE { $this ?path ?value FILTER(isLiteral(?value)) }" ] ;
                  sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/bad> true }" ] ;
                  sh:property [ sh:path ex:p ; sh:maxCount 1 ] .
                """);
        Graph data = ttl("""
                ex:a a ex:C ; ex:p 1, 2 ; ex:bad true .
                ex:b a ex:C ; ex:p "has {?value} in it" .
                ex:c ex:p 3 .
                _:x a ex:C ; ex:p "blank" .
                """);
        assertThat(SparqlConstraintBatch.plan(shapes, Shapes.parse(shapes)).size()).isEqualTo(2);
        List<String> ours = describe(ShapeValidator.entries(shapes, data));
        assertThat(ours).isEqualTo(describe(jena(shapes, data)));
        assertThat(ours).anyMatch(s -> s.contains("ex:a has 1 via <http://example.org/p>, {?missing} stays")
                || s.contains("<http://example.org/a> has 1 via"));
        assertThat(ours).anyMatch(s -> s.contains("SPARQL SELECT constraint for"));
    }

    @Test
    void shapesUsedByOtherShapesAndQueriesThatNeedPreBindingStayWithJena() {
        Graph shapes = ttl("""
                ex:Used a sh:NodeShape ; sh:targetClass ex:C ;
                  sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/q> ?x }" ] .
                ex:User a sh:NodeShape ; sh:targetClass ex:D ; sh:property [ sh:path ex:r ; sh:node ex:Used ] .
                ex:Optional a sh:NodeShape ; sh:targetClass ex:C ;
                  sh:sparql [ sh:select "SELECT $this WHERE { OPTIONAL { $this <http://example.org/q> ?x } FILTER(!BOUND(?x)) }" ] .
                """);
        Graph data = ttl("ex:a a ex:C ; ex:q 1 . ex:b a ex:C . ex:d a ex:D ; ex:r ex:e . ex:e ex:q 2 .");
        assertThat(SparqlConstraintBatch.plan(shapes, Shapes.parse(shapes)).isEmpty()).isTrue();
        assertThat(describe(ShapeValidator.entries(shapes, data))).isEqualTo(describe(jena(shapes, data)))
                .hasSize(3);
    }

    @Test
    void onlyQueriesWhoseAnswersDoNotDependOnPreBindingAreBatchable() {
        for (String ok : List.of(
                "SELECT $this ?value WHERE { FILTER(STRSTARTS(STR($this), \"x\")) $this ex:p ?value }",
                "SELECT $this WHERE { VALUES (?p ?q) { (ex:a ex:b) } $this ?p ?v OPTIONAL { $this ?q ?w } }",
                "SELECT $this WHERE { $this ex:p ?v FILTER NOT EXISTS { $this ex:q ?v } }",
                "SELECT DISTINCT $this ?v WHERE { ?v ex:p/ex:q $this . BIND(STR(?v) AS ?s) } ORDER BY ?s")) {
            assertThat(QueryShape.batchable(QueryFactory.create(PREFIXES + ok))).as(ok).isTrue();
        }
        for (String no : List.of(
                "SELECT ?v WHERE { $this ex:p ?v }",
                "SELECT $this WHERE { OPTIONAL { $this ex:p ?v } }",
                "SELECT $this WHERE { { $this ex:p ?v } UNION { ?v ex:q ?w } }",
                "SELECT $this WHERE { $this ex:p ?v MINUS { $this ex:q ?v } }",
                "SELECT $this WHERE { $this ex:p ?v { SELECT ?v WHERE { ?v ex:q ?w } } }",
                "SELECT $this WHERE { $this ex:p ?v } LIMIT 1",
                "SELECT $this (COUNT(?v) AS ?n) WHERE { $this ex:p ?v } GROUP BY $this",
                "SELECT $this WHERE { $this ex:p ?v GRAPH ?g { ?v ex:q ?w } }",
                "SELECT $this WHERE { $this ex:p $shapesGraph }",
                "SELECT $this WHERE { $this ex:p ?v FILTER EXISTS { $currentShape ex:q ?v } }",
                "SELECT $this WHERE { $this ex:p ?v } VALUES $this { ex:a }")) {
            assertThat(QueryShape.batchable(QueryFactory.create(PREFIXES + no))).as(no).isFalse();
        }
    }

    private static List<ReportEntry> jena(Graph shapes, Graph data) {
        return List.copyOf(ShaclValidator.get().validate(Shapes.parse(shapes), data).getEntries());
    }

    /** Every field of every entry, sorted (the order of a report is not part of its meaning). */
    private static List<String> describe(List<ReportEntry> entries) {
        return entries.stream().map(e -> String.join(" | ", String.valueOf(e.severity().level()),
                String.valueOf(e.source()), String.valueOf(e.focusNode()), String.valueOf(e.resultPath()),
                String.valueOf(e.value()), String.valueOf(e.message()), String.valueOf(e.sourceConstraintComponent()),
                String.valueOf(e.sourceConstraint()))).sorted().toList();
    }

    private static Graph ttl(String text) {
        return org.apache.jena.riot.RDFParser.fromString(PREFIXES + text, org.apache.jena.riot.Lang.TURTLE).toGraph();
    }
}
