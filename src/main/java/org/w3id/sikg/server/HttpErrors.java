package org.w3id.sikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.servlets.ServletOps;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/** Error responses in SIKG's one-line problem format: plain text, a stable code, never a stack trace. */
final class HttpErrors {

    private HttpErrors() {
    }

    /** The one-line message for a problem with request {@code source} (a path). */
    static String message(ErrorCode code, String source, String message) {
        return new Problem(code, source, 0, 0, message, null).format();
    }

    /** Aborts the current Fuseki action with {@code status} and the problem's message. */
    static void abort(int status, ErrorCode code, String source, String message) {
        ServletOps.error(status, message(code, source, message));
    }

    /** Writes a complete error response outside Fuseki's actions (servlet filters). */
    static void send(HttpServletResponse response, int status, ErrorCode code, String source, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] body = (message(code, source, message) + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
