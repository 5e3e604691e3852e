package org.w3id.sikg.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.load.Problems;

/**
 * Streams the records of one dataset CSV file (UTF-8, a byte-order mark ignored, RFC 4180, header row first), one
 * {@link CsvRow} at a time and without holding the file in memory, and reports what cannot be read as located
 * problems: a malformed record or bytes that are not UTF-8 (IMPORT-001, the rest of the file is then not read), a row
 * with the wrong number of cells (IMPORT-001, the row is skipped), a header without a required column (IMPORT-002, no
 * row is read). The SHA-256 of the bytes read is computed on the way, for provenance.
 */
final class CsvSource {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    /**
     * What was read.
     *
     * @param file the file's name (without directories), as recorded in provenance
     * @param rows data rows handed on (rows with the wrong number of cells are not counted)
     * @param sha256 {@code sha256:<hex>} of the file's bytes, or empty when it could not be read to the end
     */
    record Summary(String file, long rows, String sha256) {
    }

    private CsvSource() {
    }

    /**
     * Reads {@code file}, checks that its header has every column of {@code required} and hands each data row to
     * {@code each}. Problems go to {@code problems}; the summary is returned even when there are some.
     */
    static Summary read(Path file, Set<String> required, Problems problems, Consumer<CsvRow> each) {
        String display = file.toString();
        MessageDigest digest = sha256();
        long[] rows = {0};
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            boolean complete = records(file, parser, display, required, problems, row -> {
                rows[0]++;
                each.accept(row);
            });
            String hash = complete ? "sha256:" + HexFormat.of().formatHex(digest.digest()) : "";
            return new Summary(file.getFileName().toString(), rows[0], hash);
        } catch (IOException | UncheckedIOException e) {
            problems.error(ErrorCode.IO_FAILURE, display, 0, 0, "cannot read the file: " + e.getMessage(), null);
            return new Summary(file.getFileName().toString(), rows[0], "");
        }
    }

    /** Reads every record; false when the file could not be read to its end. */
    private static boolean records(Path file, CSVParser parser, String display, Set<String> required, Problems problems,
            Consumer<CsvRow> each) {
        Iterator<CSVRecord> it = parser.iterator();
        long consumed = 0;
        Map<String, Integer> columns = null;
        try {
            while (it.hasNext()) {
                CSVRecord rec = it.next();
                long line = consumed + 1;
                consumed = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (columns == null) {
                    columns = header(rec, display, required, problems);
                    if (columns == null) {
                        return true;
                    }
                } else if (rec.size() != columns.size()) {
                    problems.error(ErrorCode.IMPORT_SYNTAX, display, line, 0, "the row has " + rec.size()
                            + " cells but the header has " + columns.size() + " columns; the row is skipped", null);
                } else {
                    each.accept(new CsvRow(display, line, columns, rec.values()));
                }
            }
        } catch (UncheckedIOException e) {
            long line = e.getCause() instanceof CharacterCodingException ? firstNonUtf8Line(file) : consumed + 1;
            malformed(display, line, e, problems);
            return false;
        }
        if (columns == null) {
            problems.error(ErrorCode.IMPORT_SYNTAX, display, 1, 0, "the file is empty; its first line must be the header",
                    "give the file as downloaded");
        }
        return true;
    }

    private static Map<String, Integer> header(CSVRecord rec, String display, Set<String> required, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = i == 0 && rec.get(0).startsWith("\uFEFF") ? rec.get(0).substring(1).trim() : rec.get(i);
            columns.putIfAbsent(name, i);
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            problems.error(ErrorCode.IMPORT_HEADER, display, 1, 0, "the header lacks the column(s) "
                    + String.join(", ", missing) + "; no row of the file was read", null);
            return null;
        }
        return columns;
    }

    private static void malformed(String display, long line, UncheckedIOException e, Problems problems) {
        if (e.getCause() instanceof CharacterCodingException) {
            problems.error(ErrorCode.IMPORT_SYNTAX, display, line, 0, "the file is not UTF-8 (a byte sequence that is "
                    + "not a character); the rest of the file was not read", "convert the file to UTF-8");
            return;
        }
        problems.error(ErrorCode.IMPORT_SYNTAX, display, line, 0, "a record cannot be read ("
                + e.getCause().getMessage() + "); the rest of the file was not read", null);
    }

    /** The line of the first byte sequence of {@code file} that is not UTF-8, or 0 (read only when there is one). */
    static long firstNonUtf8Line(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.wrap(in.readAllBytes());
            CharBuffer chars = CharBuffer.allocate(bytes.capacity() + 1);
            CoderResult r = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes, chars, true);
            if (!r.isError()) {
                return 0;
            }
            long line = 1;
            for (int i = 0; i < bytes.position(); i++) {
                line += bytes.get(i) == '\n' ? 1 : 0;
            }
            return line;
        } catch (IOException e) {
            return 0;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
