package org.w3id.sikg.reason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Date arithmetic for the {@code yearsBetween} builtin: the time between two {@code xsd:dateTime} or {@code xsd:date}
 * literals in years of 365.2425 days (the mean Gregorian year), as an {@code xsd:decimal} with two decimals.
 * Values with a time zone are compared in UTC; values without one (SIKG writes dates at midnight without a time
 * zone) as local date-times, so no time zone of the machine enters the result.
 */
final class DateArithmetic {

    private static final BigDecimal SECONDS_PER_YEAR = BigDecimal.valueOf(365.2425 * 24 * 3600);

    private DateArithmetic() {
    }

    /** Years from {@code from} to {@code to} (negative when {@code to} is earlier), or empty when not both dates. */
    static Optional<BigDecimal> yearsBetween(Node from, Node to) {
        Optional<LocalDateTime> a = dateTime(from);
        Optional<LocalDateTime> b = dateTime(to);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        long seconds = Duration.between(a.get(), b.get()).getSeconds();
        return Optional.of(BigDecimal.valueOf(seconds).divide(SECONDS_PER_YEAR, 2, RoundingMode.HALF_EVEN));
    }

    private static Optional<LocalDateTime> dateTime(Node n) {
        if (!n.isLiteral()) {
            return Optional.empty();
        }
        try {
            NodeValue v = NodeValue.makeNode(n);
            if (!v.isDateTime() && !v.isDate()) {
                return Optional.empty();
            }
            XMLGregorianCalendar c = v.getDateTime();
            if (c.getTimezone() != DatatypeConstants.FIELD_UNDEFINED) {
                c = c.normalize();
            }
            return Optional.of(LocalDateTime.of(c.getYear(), c.getMonth(), c.getDay(), field(c.getHour()),
                    field(c.getMinute()), field(c.getSecond())));
        } catch (ExprEvalException | java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int field(int value) {
        return value == DatatypeConstants.FIELD_UNDEFINED ? 0 : value;
    }
}
