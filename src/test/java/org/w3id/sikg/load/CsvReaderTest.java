package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/** CSV reading: cell positions, CRLF and multi-line cells, and located syntax errors. */
class CsvReaderTest {

    @TempDir
    Path tmp;

    CsvData read(String text, Problems problems) throws IOException {
        Path f = tmp.resolve("t.csv");
        Files.writeString(f, text);
        return CsvReader.read("t", f, "t.csv", problems);
    }

    @Test
    void cellsKnowTheirLineAndColumnAcrossCrlfAndMultiLineCells() throws IOException {
        Problems p = new Problems();
        CsvData d = read("id,note,section\r\na,\"two\nlines\",§1\r\n\r\nb, spaced ,§2\r\n", p);
        assertThat(p.errors()).isEmpty();
        assertThat(d.rows()).hasSize(2);
        Row a = d.rows().get(0);
        assertThat(a.line()).isEqualTo(2);
        assertThat(a.cell("note").text()).isEqualTo("two\nlines");
        assertThat(a.cell("section")).isEqualTo(new Cell("§1", 3, 8));
        Row b = d.rows().get(1);
        assertThat(b.line()).isEqualTo(5);
        assertThat(b.cell("note")).isEqualTo(new Cell("spaced", 5, 3));
    }

    @Test
    void junkAfterAClosingQuoteIsLocated() throws IOException {
        Problems p = new Problems();
        CsvData d = read("id,label,section\na,\"x\"y,§1\n", p);
        assertThat(d.complete()).isFalse();
        Problem e = p.errors().get(0);
        assertThat(e.code()).isEqualTo(ErrorCode.DATA_SYNTAX);
        assertThat(e.location()).isEqualTo("t.csv:2:6");
        assertThat(e.message()).contains("after the closing quote");
    }

    @Test
    void missingCellsAreLocatedAtTheEndOfTheRow() throws IOException {
        Problems p = new Problems();
        CsvData d = read("id,label,section\na,b\nc,d,§1\n", p);
        assertThat(d.rows()).extracting(Row::id).containsExactly("c");
        assertThat(p.errors()).extracting(Problem::location).containsExactly("t.csv:2:4");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndInvalidUtf8IsReported() throws IOException {
        Problems p = new Problems();
        assertThat(read("\uFEFFid,section\na,§1\n", p).header()).extracting(Cell::text).containsExactly("id", "section");
        Path f = tmp.resolve("latin1.csv");
        Files.write(f, new byte[] {'i', 'd', '\n', 'a', (byte) 0xE9, '\n'});
        CsvReader.read("latin1", f, "latin1.csv", p);
        assertThat(p.errors()).extracting(Problem::location).containsExactly("latin1.csv:2");
    }

    @Test
    void anEmptyFileIsASyntaxError() throws IOException {
        Problems p = new Problems();
        read("", p);
        assertThat(p.errors()).extracting(x -> x.code().code()).containsExactly("DATA-001");
    }
}
