package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

class ExpectedCountsTest {

    private static final String PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + "PREFIX ub: <http://www.lehigh.edu/~zhp2/2004/0401/univ-bench.owl#>\n";

    private static QueryScaling classify(String body) {
        return ExpectedCounts.classify(QueryFactory.create(PREFIXES + body));
    }

    @Test
    void theFixtureQueriesAreClassifiedAsTheirReadmeSays() {
        Map<String, LubmQuery> q = LubmInput.read(BenchFixtures.lubmMini()).queries().stream()
                .collect(Collectors.toMap(LubmQuery::id, Function.identity()));
        for (String id : new String[] {"q1", "q4", "q5", "q7", "q8", "q14"}) {
            assertThat(q.get(id).scaling()).as(id).isEqualTo(QueryScaling.PINNED);
        }
        for (String id : new String[] {"q2", "q3", "q6", "q9", "q10", "q11"}) {
            assertThat(q.get(id).scaling()).as(id).isEqualTo(QueryScaling.SCALED);
        }
        assertThat(q.get("q12").scaling()).as("DISTINCT").isEqualTo(QueryScaling.UNKNOWN);
        assertThat(q.get("q13").scaling()).as("disconnected").isEqualTo(QueryScaling.UNKNOWN);
    }

    @Test
    void expectedCountsFollowTheScaling() {
        Map<String, LubmQuery> q = LubmInput.read(BenchFixtures.lubmMini()).queries().stream()
                .collect(Collectors.toMap(LubmQuery::id, Function.identity()));
        assertThat(q.get("q1").expected(10)).isEqualTo(OptionalLong.of(2));
        assertThat(q.get("q3").expected(10)).isEqualTo(OptionalLong.of(50));
        assertThat(q.get("q3").expected(1)).isEqualTo(OptionalLong.of(5));
        assertThat(q.get("q13").expected(1)).isEqualTo(OptionalLong.of(4));
        assertThat(q.get("q13").expected(2)).isEmpty();
    }

    @Test
    void lubmShapedQueries() {
        // LUBM q9's triangle: no constant, connected.
        assertThat(classify("SELECT ?X ?Y ?Z WHERE { ?X rdf:type ub:Student . ?Y rdf:type ub:Faculty ."
                + " ?Z rdf:type ub:Course . ?X ub:advisor ?Y . ?Y ub:teacherOf ?Z . ?X ub:takesCourse ?Z }"))
                .isEqualTo(QueryScaling.SCALED);
        // LUBM q8: pinned by <http://www.University0.edu> at the end of a chain.
        assertThat(classify("SELECT ?X ?Y ?Z WHERE { ?X rdf:type ub:Student . ?Y rdf:type ub:Department ."
                + " ?X ub:memberOf ?Y . ?Y ub:subOrganizationOf <http://www.University0.edu> ."
                + " ?X ub:emailAddress ?Z }")).isEqualTo(QueryScaling.PINNED);
        // LUBM q14: one class.
        assertThat(classify("SELECT ?X WHERE { ?X rdf:type ub:UndergraduateStudent }"))
                .isEqualTo(QueryScaling.SCALED);
    }

    @Test
    void sharingOnlyAClassDoesNotConnectTwoVariables() {
        assertThat(classify("SELECT * WHERE { ?X rdf:type ub:Student . ?Y rdf:type ub:Student }"))
                .isEqualTo(QueryScaling.UNKNOWN);
    }

    @Test
    void nonBgpQueriesAreUnknown() {
        assertThat(classify("SELECT ?X WHERE { ?X rdf:type ub:Student } LIMIT 5")).isEqualTo(QueryScaling.UNKNOWN);
        assertThat(classify("SELECT (COUNT(*) AS ?n) WHERE { ?X rdf:type ub:Student }"))
                .isEqualTo(QueryScaling.UNKNOWN);
        assertThat(classify("SELECT ?X WHERE { ?X rdf:type ub:Student OPTIONAL { ?X ub:name ?n } }"))
                .isEqualTo(QueryScaling.UNKNOWN);
        assertThat(classify("ASK { ?X rdf:type ub:Student }")).isEqualTo(QueryScaling.UNKNOWN);
    }
}
