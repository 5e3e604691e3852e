package org.w3id.sikg.server;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets error messages with non-ASCII characters through. Fuseki 5.6 writes an error message after declaring its
 * length in characters, not bytes; a message quoting a non-ASCII part of the request (a bad IRI, a parse error)
 * then overflows the declared length and the client gets an empty 500 instead of the 4xx. For error statuses this
 * wrapper ignores the declared length, and the server computes it.
 */
final class ErrorSafeResponse extends HttpServletResponseWrapper {

    ErrorSafeResponse(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setContentLength(int len) {
        if (getStatus() < 400) {
            super.setContentLength(len);
        }
    }

    @Override
    public void setContentLengthLong(long len) {
        if (getStatus() < 400) {
            super.setContentLengthLong(len);
        }
    }
}
