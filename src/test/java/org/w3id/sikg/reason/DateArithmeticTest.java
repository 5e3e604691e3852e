package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** The yearsBetween builtin's arithmetic: mean Gregorian years, two decimals, dates and date-times, time zones. */
class DateArithmeticTest {

    private static Node dateTime(String lex) {
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdateTime);
    }

    private static Node date(String lex) {
        return NodeFactory.createLiteralDT(lex, XSDDatatype.XSDdate);
    }

    @Test
    void yearsBetweenDateTimesAndDates() {
        assertThat(DateArithmetic.yearsBetween(dateTime("1954-12-02T00:00:00"), dateTime("1980-01-01T00:00:00")))
                .contains(new BigDecimal("25.08"));
        assertThat(DateArithmetic.yearsBetween(date("1950-01-01"), date("1960-01-01")))
                .contains(new BigDecimal("10.00"));
        assertThat(DateArithmetic.yearsBetween(date("1960-01-01"), dateTime("1950-01-01T00:00:00")))
                .contains(new BigDecimal("-10.00"));
    }

    @Test
    void timeZonesAreComparedInUtc() {
        assertThat(DateArithmetic.yearsBetween(dateTime("2000-01-01T00:00:00+14:00"),
                dateTime("1999-12-31T10:00:00Z"))).contains(new BigDecimal("0.00"));
    }

    @Test
    void anythingButTwoDatesGivesNothing() {
        Node number = NodeFactory.createLiteralDT("1950", XSDDatatype.XSDinteger);
        Node year = NodeFactory.createLiteralDT("1950", XSDDatatype.XSDgYear);
        assertThat(DateArithmetic.yearsBetween(number, dateTime("1960-01-01T00:00:00"))).isEmpty();
        assertThat(DateArithmetic.yearsBetween(year, dateTime("1960-01-01T00:00:00"))).isEmpty();
        assertThat(DateArithmetic.yearsBetween(NodeFactory.createURI("urn:x"), date("1960-01-01"))).isEmpty();
        assertThat(DateArithmetic.yearsBetween(dateTime("not a date"), date("1960-01-01"))).isEmpty();
    }
}
