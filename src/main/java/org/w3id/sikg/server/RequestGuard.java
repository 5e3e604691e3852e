package org.w3id.sikg.server;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.sikg.error.ErrorCode;

/**
 * The first filter of every request: refuses, before any work, what the server never does for the caller. Methods
 * other than GET, HEAD, POST, OPTIONS (and, for administrators, PUT, DELETE, PATCH); writes on a read-only server;
 * bodies over the size limit or of unknown length; administrative requests sent from a web page of another origin.
 * Whatever reaches the application and fails unexpectedly is answered with a short message, never a stack trace.
 */
final class RequestGuard extends HttpFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> WRITE_METHODS = Set.of("PUT", "DELETE", "PATCH");
    private static final String READ_ALLOW = "GET, HEAD, POST, OPTIONS";

    private final ServerSettings settings;
    private final AdminPaths admin;

    RequestGuard(ServerSettings settings, AdminPaths admin) {
        this.settings = settings;
        this.admin = admin;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (refused(req, res)) {
            return;
        }
        try {
            chain.doFilter(req, res);
        } catch (ServletException | RuntimeException e) {
            AccessLog.unexpected(req, e);
            HttpErrors.send(res, 500, ErrorCode.SERVER_INTERNAL, req.getRequestURI(),
                    "the server failed to answer this request; the failure is logged");
        }
    }

    private boolean refused(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String path = req.getRequestURI();
        boolean write = WRITE_METHODS.contains(method);
        if (!READ_METHODS.contains(method) && !write) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(res, 405, ErrorCode.SERVER_BAD_REQUEST, path, "method " + method + " is not supported");
        }
        boolean adminRequest = admin.isAdminRequest(method, path, req.getContentType());
        if (adminRequest && !settings.writable()) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(res, write ? 405 : 403, ErrorCode.SERVER_READ_ONLY, path,
                    method + " " + path + " would change the data, and this server is read-only");
        }
        if (write && !adminRequest) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(res, 405, ErrorCode.SERVER_BAD_REQUEST, path, "method " + method + " is not supported here");
        }
        if (adminRequest && !sameOrigin(req)) {
            return refuse(res, 403, ErrorCode.SERVER_CROSS_ORIGIN, path, "an administrative request from origin "
                    + req.getHeader("Origin") + " is refused");
        }
        return bodyRefused(req, res, method, path);
    }

    private boolean bodyRefused(HttpServletRequest req, HttpServletResponse res, String method, String path)
            throws IOException {
        long length = req.getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            return refuse(res, 413, ErrorCode.SERVER_REQUEST_TOO_LARGE, path, "the body has " + length
                    + " bytes, more than the limit of " + settings.maxRequestBytes());
        }
        boolean chunked = req.getHeader("Transfer-Encoding") != null;
        if (length < 0 && chunked && !"GET".equals(method) && !"HEAD".equals(method)) {
            return refuse(res, 411, ErrorCode.SERVER_REQUEST_TOO_LARGE, path,
                    "a request body must state its Content-Length (chunked bodies are not accepted)");
        }
        return false;
    }

    /** Whether the request has no Origin header or one equal to this server's own origin. */
    private static boolean sameOrigin(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = req.getHeader("Host");
        return host != null && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    private static boolean refuse(HttpServletResponse res, int status, ErrorCode code, String path, String message)
            throws IOException {
        HttpErrors.send(res, status, code, path, message);
        return true;
    }
}
