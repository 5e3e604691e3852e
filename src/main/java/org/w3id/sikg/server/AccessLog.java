package org.w3id.sikg.server;

import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Slf4jRequestLogWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request logging: one line per request at INFO on logger {@value #LOGGER} (client, user, request line, status,
 * bytes, milliseconds), written by Jetty after the response. Administrative actions get a second line on
 * {@value #ADMIN_LOGGER}; server failures (5xx other than time-outs) a WARN line on the server's own logger, with
 * the stack trace when SIKG's code sees the exception.
 */
final class AccessLog {

    /** The logger of the per-request lines. */
    static final String LOGGER = "org.w3id.sikg.server.access";
    /** The logger of administrative actions. */
    static final String ADMIN_LOGGER = "org.w3id.sikg.server.admin";
    /** Client, user, request line, status, bytes sent, duration. */
    static final String FORMAT = "%{client}a %u \"%r\" %s %O %{ms}Tms";

    private static final Logger SERVER_LOG = LoggerFactory.getLogger(SikgServer.class);

    private AccessLog() {
    }

    static RequestLog requestLog() {
        Slf4jRequestLogWriter writer = new Slf4jRequestLogWriter();
        writer.setLoggerName(LOGGER);
        return new CustomRequestLog(writer, FORMAT);
    }

    static void failed(HttpServletRequest req, int status) {
        SERVER_LOG.warn("status {} answering {} {}", status, req.getMethod(), req.getRequestURI());
    }

    static void unexpected(HttpServletRequest req, Throwable e) {
        SERVER_LOG.error("unexpected failure answering {} {}", req.getMethod(), req.getRequestURI(), e);
    }
}
