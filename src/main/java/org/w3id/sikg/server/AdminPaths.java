package org.w3id.sikg.server;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests would change the data of the {@code kg} dataset: SPARQL Update at {@code /kg/update}, a SPARQL
 * Update body sent anywhere, Graph Store writes (PUT, POST, DELETE, PATCH) at {@code /kg/data}, and any request to
 * the reload endpoint {@code /$/reload}.
 */
final class AdminPaths {

    private final String updatePath;
    private final String dataPath;

    AdminPaths(String dataset) {
        this.updatePath = "/" + dataset + "/update";
        this.dataPath = "/" + dataset + "/data";
    }

    /** Whether {@code req} would change the data, judged on its {@linkplain #path mapped path}. */
    boolean isAdminRequest(HttpServletRequest req) {
        return isAdminRequest(req.getMethod().toUpperCase(Locale.ROOT), path(req), req.getHeader("Content-Type"));
    }

    /**
     * The request's path as the server maps it to a servlet: decoded, without dot segments or path parameters. The
     * raw request URI can spell the same path in other ways ({@code /%24/reload}, {@code /x/../$/reload},
     * {@code /$/reload;p}), which Jetty's security constraints and servlet mapping see through, so the checks here
     * must too.
     */
    static String path(HttpServletRequest req) {
        String servletPath = req.getServletPath() == null ? "" : req.getServletPath();
        String path = servletPath + (req.getPathInfo() == null ? "" : req.getPathInfo());
        return path.isEmpty() ? req.getRequestURI() : path;
    }

    boolean isAdminRequest(String method, String path, String contentType) {
        if (isUpdate(path, contentType) || isReload(path)) {
            return true;
        }
        boolean write = !"GET".equals(method) && !"HEAD".equals(method) && !"OPTIONS".equals(method);
        return write && (path.equals(dataPath) || path.startsWith(dataPath + "/"));
    }

    /** Whether the request is for the reload endpoint (whatever its method). */
    boolean isReload(String path) {
        return path.equals(ReloadServlet.PATH);
    }

    /** Whether the request is a SPARQL Update: sent to the update endpoint, or with an update body. */
    boolean isUpdate(String path, String contentType) {
        return path.equals(updatePath) || path.startsWith(updatePath + "/") || (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/sparql-update"));
    }
}
