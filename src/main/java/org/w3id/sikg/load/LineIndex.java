package org.w3id.sikg.load;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line and column numbers (lines end at LF, CR or CRLF). */
final class LineIndex {

    private final int[] lineStarts;

    LineIndex(CharSequence text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if ((c == '\n' || c == '\r') && !crlf) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** 1-based line of the character at {@code offset}. */
    long line(long offset) {
        int i = Arrays.binarySearch(lineStarts, (int) offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of the character at {@code offset}. */
    long column(long offset) {
        return offset - lineStarts[(int) line(offset) - 1] + 1;
    }
}
