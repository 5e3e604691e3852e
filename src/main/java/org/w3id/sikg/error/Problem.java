package org.w3id.sikg.error;

import java.util.Objects;

/**
 * One problem found in user input, located as precisely as the input allows.
 *
 * @param code stable error code
 * @param source file name, request, or other origin of the input (never null; "-" when unknown)
 * @param line 1-based line, or 0 when the problem is not tied to a line
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, in one sentence naming the offending value
 * @param hint what to do about it; falls back to the code's generic hint
 */
public record Problem(ErrorCode code, String source, long line, long column, String message, String hint) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        source = source == null ? "-" : source;
        hint = hint == null || hint.isBlank() ? code.hint() : hint;
    }

    public static Problem of(ErrorCode code, String source, long line, String message) {
        return new Problem(code, source, line, 0, message, null);
    }

    /** {@code file:line:column} as far as known, e.g. {@code data/alliances.csv:12:3}. */
    public String location() {
        StringBuilder sb = new StringBuilder(source);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /** The one-line form printed to users: location, code, message, hint and documentation anchor. */
    public String format() {
        return location() + ": " + code.code() + " " + message + " (hint: " + hint + "; " + code.docRef() + ")";
    }

    @Override
    public String toString() {
        return format();
    }
}
