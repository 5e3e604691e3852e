package org.w3id.sikg.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/** Reads SPARQL query files, reporting syntax errors as {@code file:line:column} problems. */
public final class QueryFiles {

    private QueryFiles() {
    }

    /**
     * Parses the query in {@code file} (SPARQL 1.1 with ARQ's extensions, as the server accepts).
     *
     * @throws SikgException CLI-002 if the file does not exist, IO-001 if it cannot be read, QUERY-001 if the query
     *     is malformed (located at the parser's line and column)
     */
    public static Query read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SikgException(ErrorCode.CLI_FILE_NOT_FOUND, file.toString(), "no such query file");
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, file.toString(), 0, "cannot read: " + e), e);
        }
        return parse(text, file.toString(), file.toAbsolutePath().toUri().toString());
    }

    /** Parses {@code text}, naming {@code source} in any problem; relative IRIs resolve against {@code base}. */
    public static Query parse(String text, String source, String base) {
        try {
            return QueryFactory.create(text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new SikgException(new Problem(ErrorCode.QUERY_SYNTAX, source, Math.max(0, e.getLine()),
                    Math.max(0, e.getColumn()), parserMessage(e), null), e);
        }
    }

    /** The parser's message without the trailing list of expected tokens. */
    static String parserMessage(QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : e.getMessage().strip();
        int cut = message.indexOf("Was expecting");
        if (cut > 0) {
            message = message.substring(0, cut).strip();
        }
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
