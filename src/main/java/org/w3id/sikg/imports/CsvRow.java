package org.w3id.sikg.imports;

import java.math.BigDecimal;
import java.util.Map;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.load.Problems;

/**
 * One data row of a dataset file, located at its file and line, with typed reads of its cells. A read that fails adds
 * an IMPORT-003 problem naming the column and the value and returns null, so that every bad cell of every row is
 * reported in one run.
 */
final class CsvRow {

    private final String file;
    private final long line;
    private final Map<String, Integer> columns;
    private final String[] values;

    CsvRow(String file, long line, Map<String, Integer> columns, String[] values) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.values = values;
    }

    String file() {
        return file;
    }

    /** The file's name without directories, as recorded in provenance. */
    String fileName() {
        return java.nio.file.Path.of(file).getFileName().toString();
    }

    long line() {
        return line;
    }

    /** The trimmed cell, "" when empty or when the file has no such column. */
    String text(String column) {
        Integer i = columns.get(column);
        return i == null ? "" : values[i];
    }

    boolean isEmpty(String column) {
        return text(column).isEmpty();
    }

    /** A whole number, or null when the cell is empty or not a whole number (then with a problem). */
    Integer integer(String column, Problems problems) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.error(value(column, v, "is not a whole number"));
            return null;
        }
    }

    /** A whole number that must be there: a problem when the cell is empty. */
    Integer required(String column, Problems problems) {
        if (isEmpty(column)) {
            problems.error(problem(ErrorCode.IMPORT_VALUE, "column " + column + " is empty; it must give a whole number"));
            return null;
        }
        return integer(column, problems);
    }

    /** A positive whole number that must be there (an identifier or a country code). */
    Integer identifier(String column, Problems problems) {
        Integer v = required(column, problems);
        if (v != null && v <= 0) {
            problems.error(value(column, text(column), "is not a positive whole number"));
            return null;
        }
        return v;
    }

    /** A 0/1 flag: true, false, or null when empty (not coded) or invalid (then with a problem). */
    Boolean flag(String column, Problems problems) {
        return switch (text(column)) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            case "" -> null;
            default -> {
                problems.error(value(column, text(column), "is not an obligation or status flag (0, 1 or empty)"));
                yield null;
            }
        };
    }

    /** A decimal number, or null when empty or not a number (then with a problem). */
    BigDecimal decimal(String column, Problems problems) {
        String v = text(column);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            problems.error(value(column, v, "is not a number"));
            return null;
        }
    }

    /** An IMPORT-003 problem: {@code column}'s value {@code v} {@code what}. */
    Problem value(String column, String v, String what) {
        return problem(ErrorCode.IMPORT_VALUE, "column " + column + ": '" + v + "' " + what);
    }

    Problem problem(ErrorCode code, String message) {
        return new Problem(code, file, line, 0, message, null);
    }
}
