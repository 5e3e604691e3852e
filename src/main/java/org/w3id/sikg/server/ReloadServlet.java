package org.w3id.sikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * {@code POST /$/reload}, administrators only (Jetty's security handler and {@link RequestGuard} check that first):
 * runs the {@link Reloader}. One reload at a time: a request arriving while one runs is refused at once with
 * {@code 409} (SERVER-008) instead of queueing. Invalid sources give {@code 422} (SERVER-009) followed by every
 * problem at its file and line, and leave the store unchanged. Answers are plain text; the outcome is logged on
 * {@value AccessLog#ADMIN_LOGGER} besides {@link AdminAudit}'s line.
 */
final class ReloadServlet extends HttpServlet {

    /** The path of the endpoint. */
    static final String PATH = "/$/reload";

    private static final Logger ADMIN_LOG = LoggerFactory.getLogger(AccessLog.ADMIN_LOGGER);

    private final transient Reloader reloader;
    private final transient ReentrantLock running = new ReentrantLock();

    ReloadServlet(Reloader reloader) {
        this.reloader = reloader;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!"POST".equalsIgnoreCase(req.getMethod())) {
            res.setHeader("Allow", "POST");
            HttpErrors.send(res, 405, ErrorCode.SERVER_BAD_REQUEST, PATH, "a reload is requested with POST, not "
                    + req.getMethod());
            return;
        }
        reload(req, res);
    }

    private void reload(HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!running.tryLock()) {
            ADMIN_LOG.info("admin user={} reload refused: another reload is running", req.getRemoteUser());
            HttpErrors.send(res, 409, ErrorCode.SERVER_RELOAD_RUNNING, PATH,
                    "another reload is running; this one was not started");
            return;
        }
        try {
            Reloader.Outcome outcome = reloader.reload();
            ADMIN_LOG.info("admin user={} reload: {}", req.getRemoteUser(), outcome.summary());
            send(res, 200, PATH + ": " + outcome.summary(), outcome.warnings());
        } catch (SikgException e) {
            List<Problem> problems = e.problems();
            String count = problems.size() + (problems.size() == 1 ? " problem" : " problems");
            ADMIN_LOG.info("admin user={} reload refused, store unchanged: {}, first: {}", req.getRemoteUser(), count,
                    problems.get(0).format());
            String head = HttpErrors.message(ErrorCode.SERVER_RELOAD_FAILED, PATH, count + " in the sources, listed "
                    + "below; the store is unchanged and still served");
            send(res, 422, head, problems);
        } finally {
            running.unlock();
        }
    }

    private static void send(HttpServletResponse res, int status, String head, List<Problem> problems)
            throws IOException {
        StringBuilder body = new StringBuilder(head).append('\n');
        problems.forEach(p -> body.append(p.format()).append('\n'));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        res.setStatus(status);
        res.setContentType("text/plain;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }
}
