package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.junit.jupiter.api.Test;

/** The server's parsed-query cache: same queries as Fuseki's parser, each string parsed once, errors never kept. */
class ParsedQueriesTest {

    private static final String Q = "# a header comment\nSELECT ?s WHERE { ?s a <http://example.org/C> } ORDER BY ?s";

    @Test
    void aQueryStringIsParsedOnceAndGivesFusekisQuery() {
        ParsedQueries queries = new ParsedQueries(4, UnaryOperator.identity());
        ParsedQueries.Parsed first = queries.parse(Q);
        assertThat(queries.parse(Q)).isSameAs(first);
        assertThat(first.query()).isEqualTo(QueryFactory.create(Q, ParsedQueries.BASE, Syntax.syntaxARQ));
        assertThat(first.query().getResultVars()).containsExactly("s");
        assertThat(first.capped()).isSameAs(first.query());
        assertThat(queries.size()).isEqualTo(1);
    }

    @Test
    void theCappedFormIsMadeOnceAndLeavesTheQueryAlone() {
        ParsedQueries queries = new ParsedQueries(4, q -> {
            Query c = q.cloneQuery();
            c.setLimit(6);
            return c;
        });
        ParsedQueries.Parsed parsed = queries.parse(Q);
        assertThat(parsed.query().hasLimit()).isFalse();
        assertThat(parsed.capped().getLimit()).isEqualTo(6);
        assertThat(queries.parse(Q).capped()).isSameAs(parsed.capped());
    }

    @Test
    void parseErrorsAreThrownEveryTimeAndNotKept() {
        ParsedQueries queries = new ParsedQueries(4, UnaryOperator.identity());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> queries.parse("SELECT * WHERE { ?s ?p }"))
                    .isInstanceOf(QueryParseException.class);
        }
        assertThat(queries.size()).isZero();
    }

    @Test
    void describeQueriesAndLongStringsAreParsedEveryTime() {
        ParsedQueries queries = new ParsedQueries(4, UnaryOperator.identity());
        String describe = "DESCRIBE <http://example.org/x>";
        assertThat(queries.parse(describe)).isNotSameAs(queries.parse(describe));
        String longQuery = "#" + "x".repeat(ParsedQueries.MAX_CACHED_LENGTH) + "\nASK {}";
        assertThat(queries.parse(longQuery)).isNotSameAs(queries.parse(longQuery));
        assertThat(queries.size()).isZero();
    }

    @Test
    void theLeastRecentlyUsedQueryIsDroppedBeyondTheCapacity() {
        ParsedQueries queries = new ParsedQueries(2, UnaryOperator.identity());
        ParsedQueries.Parsed a = queries.parse("ASK { ?a ?b ?c }");
        ParsedQueries.Parsed b = queries.parse("ASK { ?d ?e ?f }");
        assertThat(queries.parse("ASK { ?a ?b ?c }")).isSameAs(a);
        queries.parse("ASK { ?g ?h ?i }");
        assertThat(queries.size()).isEqualTo(2);
        assertThat(queries.parse("ASK { ?a ?b ?c }")).isSameAs(a);
        assertThat(queries.parse("ASK { ?d ?e ?f }")).isNotSameAs(b);
    }
}
