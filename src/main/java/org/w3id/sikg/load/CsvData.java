package org.w3id.sikg.load;

import java.util.List;

/**
 * The content of one CSV file as read by {@link CsvReader}.
 *
 * @param header the header cells, in order
 * @param rows the data rows that are well-formed (right number of cells)
 * @param complete false when a syntax error stopped reading before the end of the file
 */
public record CsvData(List<Cell> header, List<Row> rows, boolean complete) {

    public CsvData {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
