package org.w3id.sikg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/** SHACL results become located problems: violations block, warnings do not, the node shape is named. */
class ShapeValidatorTest {

    static final String PREFIXES = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX ex: <http://example.org/> ";

    static Graph ttl(String text) {
        return RDFParser.fromString(PREFIXES + text, Lang.TURTLE).toGraph();
    }

    @Test
    void resultsAreLocatedThroughTheLocator() {
        Graph shapes = ttl("ex:S a sh:NodeShape ; sh:targetClass ex:C ; "
                + "sh:property [ sh:path ex:p ; sh:minCount 1 ; sh:message \"needs p\" ] ; "
                + "sh:property [ sh:path ex:q ; sh:maxCount 0 ; sh:severity sh:Warning ] .");
        Graph data = ttl("ex:a a ex:C ; ex:q 1 . ex:b a ex:C ; ex:p 1 .");
        NodeLocator locator = (Node focus, Node p, Node v) -> focus.getURI().endsWith("/a")
                ? Optional.of(new NodeLocator.Location("data/c.csv", 7)) : Optional.empty();
        ShapeValidator.Result r = ShapeValidator.validate(shapes, data, locator, "shapes.ttl");
        assertThat(r.violations()).hasSize(1);
        Problem v = r.violations().get(0);
        assertThat(v.code()).isEqualTo(ErrorCode.SHACL_VIOLATION);
        assertThat(v.location()).isEqualTo("data/c.csv:7");
        assertThat(v.message()).isEqualTo("<http://example.org/a> <http://example.org/p>: needs p");
        assertThat(v.hint()).isEqualTo("the row must satisfy shape <http://example.org/S> of shapes.ttl");
        assertThat(r.warnings()).extracting(Problem::code).containsExactly(ErrorCode.SHACL_WARNING);
    }

    @Test
    void unlocatedResultsPointAtTheShapesFile() {
        Graph shapes = ttl("ex:S a sh:NodeShape ; sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .");
        ShapeValidator.Result r = ShapeValidator.validate(shapes, ttl(""), NodeLocator.NONE, "shapes.ttl");
        assertThat(r.violations()).extracting(Problem::location).containsExactly("shapes.ttl");
    }
}
