package org.w3id.sikg.load;

import java.util.Map;

/**
 * One data row of a CSV table.
 *
 * @param table the table's name (its file name without {@code .csv})
 * @param file the file as shown in problems (e.g. {@code data/alliances.csv})
 * @param line 1-based line where the row starts
 * @param cells cells by column name (header order)
 */
public record Row(String table, String file, long line, Map<String, Cell> cells) {

    public Row {
        cells = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cells));
    }

    /** The cell of {@code column}, or an empty cell at the row's start when the row has no such column. */
    public Cell cell(String column) {
        Cell c = cells.get(column);
        return c != null ? c : new Cell("", line, 0);
    }

    public String id() {
        return cell(Conventions.ID).text();
    }
}
