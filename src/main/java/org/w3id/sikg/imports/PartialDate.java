package org.w3id.sikg.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.expr.NodeValue;
import org.w3id.sikg.load.Problems;
import org.w3id.sikg.vocab.SIKG;

/**
 * A date as the datasets give it: year, month and day in three columns, the month or day possibly missing. It is
 * written as the ontology asks (docs: ontology/README.md): the first day of the period it names, as
 * {@code xsd:dateTime} at midnight, with a precision when coarser than a day.
 *
 * @param first the first day the date may stand for
 * @param precision how much of it is known
 */
record PartialDate(LocalDate first, Precision precision) {

    /** How precisely a date is known. */
    enum Precision {
        DAY, MONTH, YEAR;

        /** The ontology's concept for this precision, or null for a day (the default, never stated). */
        Resource concept() {
            return switch (this) {
                case DAY -> null;
                case MONTH -> SIKG.Concepts.PRECISION_MONTH;
                case YEAR -> SIKG.Concepts.PRECISION_YEAR;
            };
        }
    }

    private static final int MIN_YEAR = 1000;
    private static final int MAX_YEAR = 2999;
    private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.2425");

    /**
     * The date in {@code row}'s columns {@code yearCol}, {@code monthCol}, {@code dayCol}, or null when the year is
     * empty (or 0 with {@code zeroIsEmpty}, as ATOP writes "not ended") or a cell is invalid (then with an IMPORT-003
     * problem: not a number, year outside 1000-2999, month outside 1-12, a day the month does not have, a day without
     * a month).
     */
    static PartialDate read(CsvRow row, String yearCol, String monthCol, String dayCol, boolean zeroIsEmpty,
            Problems problems) {
        Integer year = row.integer(yearCol, problems);
        Integer month = row.integer(monthCol, problems);
        Integer day = row.integer(dayCol, problems);
        if (zeroIsEmpty) {
            year = zeroToNull(year);
            month = zeroToNull(month);
            day = zeroToNull(day);
        }
        if (year == null) {
            return null;
        }
        String shown = year + "-" + (month == null ? "?" : month) + "-" + (day == null ? "?" : day);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.error(row.value(yearCol, String.valueOf(year), "is not a year from " + MIN_YEAR + " to " + MAX_YEAR));
            return null;
        }
        if (month == null) {
            if (day != null) {
                problems.error(row.value(dayCol, String.valueOf(day), "gives a day but " + monthCol + " gives no month"));
                return null;
            }
            return new PartialDate(LocalDate.of(year, 1, 1), Precision.YEAR);
        }
        try {
            return day == null ? new PartialDate(LocalDate.of(year, month, 1), Precision.MONTH)
                    : new PartialDate(LocalDate.of(year, month, day), Precision.DAY);
        } catch (DateTimeException e) {
            problems.error(row.problem(org.w3id.sikg.error.ErrorCode.IMPORT_VALUE, "columns " + yearCol + ", "
                    + monthCol + ", " + dayCol + ": " + shown + " is not a date (" + e.getMessage() + ")"));
            return null;
        }
    }

    private static Integer zeroToNull(Integer v) {
        return v != null && v == 0 ? null : v;
    }

    /** The last day the date may stand for (the end of its month or year when coarser than a day). */
    LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> first.plusMonths(1).minusDays(1);
            case YEAR -> first.plusYears(1).minusDays(1);
        };
    }

    /** Whether this date, as an end, is certainly before {@code start}: its last day precedes start's first day. */
    boolean endsBefore(PartialDate start) {
        return last().isBefore(start.first());
    }

    /** {@code "YYYY-MM-DDT00:00:00"^^xsd:dateTime}, the first day at midnight without time zone. */
    Node literal() {
        return NodeFactory.createLiteralDT(first + "T00:00:00", XSDDatatype.XSDdateTime);
    }

    /** The date at its precision, for identifiers and labels: {@code 1951-09-08}, {@code 1844-06} or {@code 1844}. */
    String shown() {
        return switch (precision) {
            case DAY -> first.toString();
            case MONTH -> first.toString().substring(0, 7);
            case YEAR -> String.valueOf(first.getYear());
        };
    }

    /**
     * Years from {@code from} to {@code to} in mean Gregorian years (365.2425 days), two decimals, half-even: the
     * same measure as the domain rules' {@code yearsBetween}, so a stated duration and a derived one agree.
     */
    static Node yearsBetween(LocalDate from, LocalDate to) {
        BigDecimal days = BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to));
        return NodeValue.makeDecimal(days.divide(DAYS_PER_YEAR, 2, RoundingMode.HALF_EVEN)).asNode();
    }
}
