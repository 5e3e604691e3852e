package org.w3id.sikg.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin reads for web applications elsewhere: every response to a non-administrative request carries
 * {@code Access-Control-Allow-Origin: *} (never with credentials), and CORS pre-flight requests for GET and POST are
 * answered here. Administrative requests get no CORS headers, so browsers will not send them cross-origin.
 */
final class PublicCors extends HttpFilter {

    private final AdminPaths admin;

    PublicCors(AdminPaths admin) {
        this.admin = admin;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        String origin = req.getHeader("Origin");
        if (origin == null || admin.isAdminRequest(req)) {
            chain.doFilter(req, res);
            return;
        }
        res.setHeader("Access-Control-Allow-Origin", "*");
        res.setHeader("Vary", "Origin");
        String preflight = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(method) && preflight != null) {
            if ("GET".equals(preflight) || "POST".equals(preflight) || "HEAD".equals(preflight)) {
                res.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                res.setHeader("Access-Control-Max-Age", "3600");
            }
            res.setStatus(204);
            return;
        }
        chain.doFilter(req, res);
    }
}
