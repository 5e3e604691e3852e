package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans one CSV record (RFC 4180: comma delimiter, double-quote quoting, quotes doubled inside quoted cells) from a
 * start offset. It complements commons-csv, which parses the values: the scanner tells where each cell starts, so
 * problems can be located at line:column, and where and why a malformed record goes wrong.
 */
final class CsvScanner {

    /**
     * The result of scanning one record.
     *
     * @param cellStarts offset of the first character of each cell (the opening quote for quoted cells)
     * @param end offset just after the record's last character (its line break is not included)
     * @param error null, or what is malformed
     * @param errorOffset where the malformation is, when {@code error} is not null
     */
    record Scan(List<Integer> cellStarts, int end, String error, int errorOffset) {
    }

    private CsvScanner() {
    }

    static Scan scan(CharSequence text, int start) {
        List<Integer> starts = new ArrayList<>();
        int pos = start;
        int n = text.length();
        while (true) {
            starts.add(pos);
            if (pos < n && text.charAt(pos) == '"') {
                int open = pos;
                pos = closingQuote(text, pos + 1);
                if (pos < 0) {
                    return new Scan(starts, n, "quoted cell is never closed (unbalanced double quote)", open);
                }
                pos++;
                if (pos < n && !isBoundary(text.charAt(pos))) {
                    return new Scan(starts, pos, "unexpected character '" + text.charAt(pos)
                            + "' after the closing quote of a cell (quote the whole cell and double inner quotes)", pos);
                }
            } else {
                while (pos < n && !isBoundary(text.charAt(pos))) {
                    pos++;
                }
            }
            if (pos >= n || text.charAt(pos) != ',') {
                return new Scan(starts, pos, null, -1);
            }
            pos++;
        }
    }

    /** Offset of the first character after the line break that follows {@code end}, skipping empty lines. */
    static int nextRecordStart(CharSequence text, int end) {
        int pos = end;
        while (pos < text.length() && (text.charAt(pos) == '\r' || text.charAt(pos) == '\n')) {
            pos++;
        }
        return pos;
    }

    private static int closingQuote(CharSequence text, int from) {
        int pos = from;
        while (pos < text.length()) {
            if (text.charAt(pos) == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    pos += 2;
                    continue;
                }
                return pos;
            }
            pos++;
        }
        return -1;
    }

    private static boolean isBoundary(char c) {
        return c == ',' || c == '\r' || c == '\n';
    }
}
