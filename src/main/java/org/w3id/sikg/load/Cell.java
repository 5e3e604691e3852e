package org.w3id.sikg.load;

/**
 * One CSV cell as written (surrounding spaces trimmed, as CSVW's default dialect does) and where it starts.
 *
 * @param text the cell's text; empty when the cell is empty
 * @param line 1-based line of the cell's first character
 * @param column 1-based column of the cell's first character
 */
public record Cell(String text, long line, long column) {

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
