package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.junit.jupiter.api.Test;

/**
 * Mappings that only compute (BIND, VALUES, FILTER) run without ARQ's optimizer; anything that could read data or
 * needs the optimizer's rewrites (triple patterns, property functions, EXISTS, sub-queries) runs through ARQ's
 * engine as before. Both give the documented binding rules' triples.
 */
class MappingTest {

    private static final String PREFIXES = "PREFIX ex: <http://example.org/> "
            + "PREFIX apf: <http://jena.apache.org/ARQ/property#> ";

    @Test
    void onlyPurelyComputingPatternsSkipTheOptimizer() {
        assertThat(computesOnly("CONSTRUCT { ?id_iri ex:p ?x } WHERE { BIND(IF(?a = \"y\", ex:Y, 1/0) AS ?x) }"))
                .isTrue();
        assertThat(computesOnly("CONSTRUCT { ?id_iri ex:p ?x } WHERE { VALUES ?x { 1 2 } FILTER(?x > 1) }")).isTrue();
        for (String reads : List.of(
                "CONSTRUCT { ?id_iri ex:p ?x } WHERE { ?id_iri ex:q ?x }",
                "CONSTRUCT { ?id_iri ex:p ?x } WHERE { ?x apf:strSplit (?a \" \") }",
                "CONSTRUCT { ?id_iri ex:p ?a } WHERE { FILTER NOT EXISTS { ?id_iri ex:q ?a } }",
                "CONSTRUCT { ?id_iri ex:p ?x } WHERE { { SELECT ?x WHERE { BIND(1 AS ?x) } } }")) {
            assertThat(computesOnly(reads)).as(reads).isFalse();
        }
    }

    @Test
    void bothWaysGiveTheRowsTriples() {
        Node row = NodeFactory.createURI("http://example.org/row");
        Map<String, List<Node>> terms = Map.of("id_iri", List.of(row),
                "a", List.of(NodeFactory.createLiteralString("y z")));
        Mapping computed = parse("CONSTRUCT { ?id_iri ex:kind ?k ; ex:label ?l } WHERE { "
                + "BIND(IF(CONTAINS(?a, \"y\"), ex:Y, 1/0) AS ?k) BIND(UCASE(?a) AS ?l) }");
        assertThat(computed.run(RowMapper.bindings(terms, computed.inputs()), "http://example.org/genid/"))
                .containsExactlyInAnyOrder(
                        Triple.create(row, uri("kind"), uri("Y")),
                        Triple.create(row, uri("label"), NodeFactory.createLiteralString("Y Z")));
        Mapping engine = parse("CONSTRUCT { ?id_iri ex:word ?a } WHERE { FILTER NOT EXISTS { ?id_iri ex:q ?a } }");
        assertThat(engine.run(RowMapper.bindings(terms, engine.inputs()), "http://example.org/genid/"))
                .containsExactly(Triple.create(row, uri("word"), NodeFactory.createLiteralString("y z")));
        Mapping reads = parse("CONSTRUCT { ?id_iri ex:word ?w } WHERE { ?id_iri ex:q ?w }");
        assertThat(reads.run(RowMapper.bindings(terms, reads.inputs()), "http://example.org/genid/"))
                .as("the WHERE pattern is evaluated against an empty dataset").isEmpty();
    }

    private static boolean computesOnly(String construct) {
        return Mapping.computesOnly(Algebra.compile(QueryFactory.create(PREFIXES + construct)));
    }

    private static Mapping parse(String construct) {
        Problems problems = new Problems();
        Mapping m = Mapping.parse(PREFIXES + construct, "test.rq", Set.of("id_iri", "a"), problems);
        assertThat(problems.errors()).isEmpty();
        return m;
    }

    private static Node uri(String local) {
        return NodeFactory.createURI("http://example.org/" + local);
    }
}
