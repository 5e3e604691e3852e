package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.vocab.SIKG;

/**
 * The per-table schema checks: the header names the metadata's columns (DATA-007), required cells are filled
 * (DATA-005), values match their datatypes and constraints and ids are well-formed (DATA-002), ids are unique
 * (DATA-004). Rows become {@link TypedRow}s; references between tables are checked afterwards by
 * {@link ReferenceChecker}.
 */
final class SchemaChecker {

    private final Problems problems;

    SchemaChecker(Problems problems) {
        this.problems = problems;
    }

    /**
     * The table's rows with their typed cells, or null when the header does not match the metadata (reported). A
     * row with a bad cell is kept, without that cell, so that its other facts still take part in validation; a row
     * whose id is missing, malformed or taken is left out.
     */
    List<TypedRow> check(Table table) {
        if (table.csv().header().isEmpty() || !headerMatches(table)) {
            return null;
        }
        List<TypedRow> rows = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (Row row : table.csv().rows()) {
            Map<String, List<Node>> terms = new LinkedHashMap<>();
            for (ColumnSpec column : table.schema().columns()) {
                cell(row, column, terms);
            }
            if (terms.containsKey(Conventions.ID) && unique(row, firstLine)) {
                terms.put(Conventions.ID + Conventions.IRI_SUFFIX, List.of(rowIri(row.id())));
                rows.add(new TypedRow(row, table, terms));
            }
        }
        return rows;
    }

    /** The IRI of the row with the given id: {@code sikgid:<id>}. */
    static Node rowIri(String id) {
        return NodeFactory.createURI(SIKG.ID_NS + id);
    }

    /** Splits a cell into its values (trimmed, empty ones dropped) by the column's separator, if any. */
    static List<String> values(String text, String separator) {
        List<String> values = new ArrayList<>();
        if (separator == null) {
            if (!text.isEmpty()) {
                values.add(text);
            }
            return values;
        }
        int from = 0;
        while (from <= text.length()) {
            int at = text.indexOf(separator, from);
            String v = at < 0 ? text.substring(from) : text.substring(from, at);
            if (!v.isBlank()) {
                values.add(v.trim());
            }
            if (at < 0) {
                break;
            }
            from = at + separator.length();
        }
        return values;
    }

    /** Adds the cell's valid values to {@code terms} (nothing when it has an invalid one) and reports the others. */
    private void cell(Row row, ColumnSpec column, Map<String, List<Node>> terms) {
        Cell cell = row.cell(column.name());
        List<String> values = values(cell.text(), column.separator());
        boolean mandatory = column.required() || column.name().equals(Conventions.ID)
                || column.name().equals(Conventions.SECTION);
        if (values.isEmpty()) {
            if (mandatory) {
                problems.error(ErrorCode.DATA_MISSING_REQUIRED, row.file(), cell.line(), cell.column(),
                        "column " + column.name() + " is required but the cell is empty", null);
            }
            return;
        }
        List<Node> nodes = new ArrayList<>();
        for (String v : values) {
            String why = column.type().check(v);
            if (why == null && column.name().equals(Conventions.ID) && !Conventions.ID_PATTERN.matcher(v).matches()) {
                why = "is not a valid id: ids are lower-case letters and digits separated by single hyphens";
            }
            if (why != null) {
                problems.error(ErrorCode.DATA_DATATYPE, row.file(), cell.line(), cell.column(),
                        "column " + column.name() + ": \"" + v + "\" " + why, null);
                return;
            }
            nodes.add(column.type().toNode(v, column.lang()));
        }
        terms.put(column.name(), nodes);
    }

    private boolean unique(Row row, Map<String, Long> firstLine) {
        Long first = firstLine.putIfAbsent(row.id(), row.line());
        if (first == null) {
            return true;
        }
        Cell cell = row.cell(Conventions.ID);
        problems.error(ErrorCode.DATA_DUPLICATE_ID, row.file(), cell.line(), cell.column(),
                "id \"" + row.id() + "\" is already used by the row at line " + first, null);
        return false;
    }

    private boolean headerMatches(Table table) {
        boolean ok = true;
        Set<String> seen = new HashSet<>();
        Map<String, ColumnSpec> columns = table.schema().columnsByName();
        for (Cell h : table.csv().header()) {
            if (!seen.add(h.text())) {
                ok = headerProblem(table, h, "column \"" + h.text() + "\" appears twice in the header");
            } else if (!columns.containsKey(h.text())) {
                ok = headerProblem(table, h, "column \"" + h.text() + "\" is not described in "
                        + table.metadataFile() + Suggestions.closest(h.text(), columns.keySet())
                                .map(s -> " (did you mean \"" + s + "\"?)").orElse(""));
            }
        }
        for (String name : columns.keySet()) {
            if (!seen.contains(name)) {
                ok = headerProblem(table, new Cell(name, 1, 0), "column \"" + name + "\" of " + table.metadataFile()
                        + " is missing from the header");
            }
        }
        return ok;
    }

    private boolean headerProblem(Table table, Cell at, String message) {
        problems.error(ErrorCode.DATA_HEADER, table.file(), at.line(), at.column(), message, null);
        return false;
    }
}
