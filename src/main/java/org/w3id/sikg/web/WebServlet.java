package org.w3id.sikg.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Base of the front end's servlets. A user mistake ({@link SikgException}) becomes a 4xx page naming its code; any
 * other failure is logged with an incident id and answered 500 without details (never a stack trace to the client).
 */
abstract class WebServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(WebServlet.class);

    protected final transient Site site;

    protected WebServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            super.service(req, resp);
        } catch (SikgException e) {
            LOG.debug("{} {}: {}", req.getMethod(), req.getRequestURI(), e.getMessage());
            sendProblem(req, resp, e.problems().get(0), HttpStatus.of(e.code()));
        } catch (RuntimeException | ServletException e) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("incident {}: {} {} failed", incident, req.getMethod(), req.getRequestURI(), e);
            Problem p = Problem.of(ErrorCode.IO_FAILURE, "request", 0, "internal error, incident " + incident);
            sendProblem(req, resp, p, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
    }

    /** Writes an HTML page from a template. */
    protected void html(HttpServletResponse resp, String template, Object model) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        site.templates().render(template, model, w);
        w.flush();
    }

    /** A user error about this request. */
    protected static SikgException problem(ErrorCode code, HttpServletRequest req, String message) {
        return new SikgException(Problem.of(code, req.getMethod() + " " + req.getRequestURI(), 0, message));
    }

    private void sendProblem(HttpServletRequest req, HttpServletResponse resp, Problem p, int status)
            throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.reset();
        SecurityHeaders.apply(resp);
        resp.setStatus(status);
        boolean internal = status >= 500;
        ErrorPage page = new ErrorPage(status, internal ? null : p.code().code(), p.message(),
                internal ? null : p.hint(), internal ? null : p.code().docRef());
        if (Negotiation.prefersHtml(req)) {
            html(resp, "error", page);
        } else {
            resp.setContentType("text/plain; charset=utf-8");
            resp.getOutputStream().write(page.plainText().getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The model of an error page.
     *
     * @param status the HTTP status
     * @param code the stable error code, or null for internal errors
     * @param message what is wrong
     * @param hint what to do, or null
     * @param docRef where the code is documented, or null
     */
    public record ErrorPage(int status, String code, String message, String hint, String docRef) {

        public String title() {
            return status == 404 ? "Not found" : status >= 500 ? "Server error" : "Cannot answer this request";
        }

        String plainText() {
            return status + " " + (code == null ? "" : code + " ") + message
                    + (hint == null ? "" : " (hint: " + hint + "; " + docRef + ")") + "\n";
        }
    }
}
