package org.w3id.sikg.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
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
            chain.doFilter(req, new ErrorSafeResponse(res));
            if (res.getStatus() >= 500 && res.getStatus() != 503) {
                AccessLog.failed(req, res.getStatus());
            }
        } catch (ServletException | RuntimeException e) {
            AccessLog.unexpected(req, e);
            HttpErrors.send(res, 500, ErrorCode.SERVER_INTERNAL, req.getRequestURI(),
                    "the server failed to answer this request; the failure is logged");
        }
    }

    private boolean refused(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        boolean write = WRITE_METHODS.contains(method);
        if (!READ_METHODS.contains(method) && !write) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(req, res, 405, ErrorCode.SERVER_BAD_REQUEST, "method " + method + " is not supported");
        }
        if (!charsetSupported(contentType(req))) {
            return refuse(req, res, 415, ErrorCode.SERVER_BAD_REQUEST, "the Content-Type names an unknown charset");
        }
        if (admin.isAdminRequest(req)) {
            return adminRefused(req, res, method);
        }
        if (write) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(req, res, 405, ErrorCode.SERVER_BAD_REQUEST, "method " + method + " is not supported here");
        }
        return bodyRefused(req, res, method);
    }

    /** Checks a request that would change the data (authentication is Jetty's, before this filter). */
    private boolean adminRefused(HttpServletRequest req, HttpServletResponse res, String method) throws IOException {
        String path = AdminPaths.path(req);
        boolean graphStore = !admin.isUpdate(path, contentType(req)) && !admin.isReload(path);
        if (!settings.writable()) {
            res.setHeader("Allow", READ_ALLOW);
            return refuse(req, res, graphStore ? 405 : 403, ErrorCode.SERVER_READ_ONLY,
                    method + " " + path + " would change the data, and this server is read-only");
        }
        if (!sameOrigin(req)) {
            return refuse(req, res, 403, ErrorCode.SERVER_CROSS_ORIGIN, "an administrative request from origin "
                    + req.getHeader("Origin") + " is refused");
        }
        if (graphStore && !hasGraphParameter(req)) {
            return refuse(req, res, 400, ErrorCode.SERVER_BAD_REQUEST, "a Graph Store write must name its graph "
                    + "with ?graph=IRI: the default graph is the read-only union of the named graphs");
        }
        return bodyRefused(req, res, method);
    }

    private static boolean hasGraphParameter(HttpServletRequest req) {
        String query = req.getQueryString();
        return query != null && (query.startsWith("graph=") || query.contains("&graph="));
    }

    /** The raw Content-Type header (the servlet API's getContentType() throws on an unknown charset). */
    static String contentType(HttpServletRequest req) {
        return req.getHeader("Content-Type");
    }

    private static boolean charsetSupported(String contentType) {
        if (contentType == null) {
            return true;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                try {
                    return Charset.isSupported(kv[1].strip().replace("\"", ""));
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean bodyRefused(HttpServletRequest req, HttpServletResponse res, String method) throws IOException {
        long length = req.getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            return refuse(req, res, 413, ErrorCode.SERVER_REQUEST_TOO_LARGE, "the body has " + length
                    + " bytes, more than the limit of " + settings.maxRequestBytes());
        }
        boolean chunked = req.getHeader("Transfer-Encoding") != null;
        if (length < 0 && chunked && !"GET".equals(method) && !"HEAD".equals(method)) {
            return refuse(req, res, 411, ErrorCode.SERVER_REQUEST_TOO_LARGE,
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
        return host != null
                && (origin.equalsIgnoreCase("http://" + host) || origin.equalsIgnoreCase("https://" + host));
    }

    /**
     * Answers with an error at once. A body within the size limit is read and dropped first, so the connection can
     * serve the client's next request; a larger one is left unread and the connection closed.
     */
    private boolean refuse(HttpServletRequest req, HttpServletResponse res, int status, ErrorCode code,
            String message) throws IOException {
        long length = req.getContentLengthLong();
        if (length > 0 && length <= settings.maxRequestBytes()) {
            req.getInputStream().transferTo(OutputStream.nullOutputStream());
        } else if (length != 0) {
            res.setHeader("Connection", "close");
        }
        HttpErrors.send(res, status, code, req.getRequestURI(), message);
        return true;
    }
}
