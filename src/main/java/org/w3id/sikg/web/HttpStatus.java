package org.w3id.sikg.web;

import jakarta.servlet.http.HttpServletResponse;

import org.w3id.sikg.error.ErrorCode;

/** The HTTP status the front end answers for each kind of user error. */
final class HttpStatus {

    private HttpStatus() {
    }

    static int of(ErrorCode code) {
        return switch (code) {
            case WEB_NOT_FOUND, WEB_NO_EXPLANATION -> HttpServletResponse.SC_NOT_FOUND;
            case WEB_NOT_ACCEPTABLE -> HttpServletResponse.SC_NOT_ACCEPTABLE;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }
}
