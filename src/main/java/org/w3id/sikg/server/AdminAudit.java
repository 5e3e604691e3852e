package org.w3id.sikg.server;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every administrative request that reaches the application (after authentication): who, what, from where,
 * the outcome and how long it took, at INFO on {@value AccessLog#ADMIN_LOGGER}. The time is the log line's own.
 * Refused attempts (401, 403) never get this far: the access log records them with their status.
 */
final class AdminAudit extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.ADMIN_LOGGER);

    private final AdminPaths admin;

    AdminAudit(AdminPaths admin) {
        this.admin = admin;
    }

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String method = req.getMethod().toUpperCase(Locale.ROOT);
        if (!admin.isAdminRequest(req)) {
            chain.doFilter(req, res);
            return;
        }
        long start = System.nanoTime();
        try {
            chain.doFilter(req, res);
        } finally {
            long ms = (System.nanoTime() - start) / 1_000_000;
            String what = method + " " + req.getRequestURI() + (req.getQueryString() == null ? "" : "?"
                    + req.getQueryString());
            LOG.info("admin user={} action=\"{}\" from={} status={} in {} ms", req.getRemoteUser(), what,
                    req.getRemoteAddr(), res.getStatus(), ms);
        }
    }
}
