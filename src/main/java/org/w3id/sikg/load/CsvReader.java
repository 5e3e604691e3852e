package org.w3id.sikg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3id.sikg.error.ErrorCode;

/**
 * Reads a CSV table (UTF-8, RFC 4180, header row first, empty lines ignored, cells trimmed) with commons-csv, and
 * reports every malformed record as a {@code DATA-001} problem at file:line:column. A record with the wrong number
 * of cells is reported and skipped; an unbalanced quote ends the file's reading (the rest cannot be told apart).
 */
final class CsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvReader() {
    }

    static CsvData read(String table, Path file, String display, Problems problems) {
        String text = decode(file, display, problems);
        if (text == null) {
            return new CsvData(List.of(), List.of(), false);
        }
        LineIndex lines = new LineIndex(text);
        List<Cell> header = null;
        List<Row> rows = new ArrayList<>();
        int next = CsvScanner.nextRecordStart(text, 0);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            for (CSVRecord rec : parser) {
                int start = CsvScanner.nextRecordStart(text, (int) rec.getCharacterPosition());
                CsvScanner.Scan scan = CsvScanner.scan(text, start);
                next = CsvScanner.nextRecordStart(text, scan.end());
                List<Cell> cells = cells(rec, scan, lines);
                if (header == null) {
                    header = cells;
                } else if (cells.size() != header.size()) {
                    wrongCellCount(display, cells.size(), header.size(), scan, lines, problems);
                } else {
                    rows.add(new Row(table, display, lines.line(start), byColumn(header, cells)));
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            malformed(text, next, display, lines, e, problems);
            return new CsvData(header == null ? List.of() : header, rows, false);
        }
        if (header == null) {
            problems.error(ErrorCode.DATA_SYNTAX, display, 1, 1, "the file is empty; its first line must be the header",
                    "write the column names on the first line");
            return new CsvData(List.of(), rows, false);
        }
        return new CsvData(header, rows, true);
    }

    private static List<Cell> cells(CSVRecord rec, CsvScanner.Scan scan, LineIndex lines) {
        List<Cell> cells = new ArrayList<>(rec.size());
        for (int i = 0; i < rec.size(); i++) {
            int offset = i < scan.cellStarts().size() ? scan.cellStarts().get(i) : scan.end();
            cells.add(new Cell(rec.get(i), lines.line(offset), lines.column(offset)));
        }
        return cells;
    }

    private static Map<String, Cell> byColumn(List<Cell> header, List<Cell> cells) {
        Map<String, Cell> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.putIfAbsent(header.get(i).text(), cells.get(i));
        }
        return map;
    }

    private static void wrongCellCount(String display, int found, int expected, CsvScanner.Scan scan,
            LineIndex lines, Problems problems) {
        int offset = found > expected ? scan.cellStarts().get(expected) : scan.end();
        problems.error(ErrorCode.DATA_SYNTAX, display, lines.line(offset), lines.column(offset),
                "the row has " + found + " cells but the header has " + expected + " columns",
                found > expected ? "remove the extra cells, or quote a cell that contains a comma"
                        : "add the missing cells (empty cells still need their commas)");
    }

    private static void malformed(String text, int start, String display, LineIndex lines, Exception e,
            Problems problems) {
        CsvScanner.Scan scan = CsvScanner.scan(text, start);
        int offset = scan.error() != null ? scan.errorOffset() : start;
        String message = scan.error() != null ? scan.error() : "malformed record: " + e.getMessage();
        problems.error(ErrorCode.DATA_SYNTAX, display, lines.line(offset), lines.column(offset),
                message + "; the rest of the file was not read", null);
    }

    /** The file's text, or null (with a problem) when it cannot be read or is not UTF-8. */
    private static String decode(Path file, String display, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.error(ErrorCode.IO_FAILURE, display, 0, 0, "cannot read the file: " + e.getMessage(), null);
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int pos = in.position();
            long line = 1 + countNewlines(bytes, pos);
            problems.error(ErrorCode.DATA_SYNTAX, display, line, 0, "the file is not valid UTF-8 (byte " + pos + ")",
                    "save the file as UTF-8");
            return null;
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long countNewlines(byte[] bytes, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
