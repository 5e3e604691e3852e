package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.w3id.sikg.error.ErrorCode;

/**
 * {@code /static/*}: the stylesheet, the editor's script and YASGUI from its webjar (no CDN). Only the files listed
 * here are served, read once from the classpath; no request path is ever resolved against a directory.
 */
final class StaticServlet extends WebServlet {

    private static final String OWN = "org/w3id/sikg/web/static/";
    private static final String YASGUI_POM = "META-INF/maven/org.webjars.npm/zazuko__yasgui/pom.properties";

    private final transient Map<String, Asset> assets;

    StaticServlet(Site site) {
        super(site);
        String yasgui = "META-INF/resources/webjars/zazuko__yasgui/" + webjarVersion() + "/build/";
        this.assets = Map.of(
                "/sikg.css", load(OWN + "sikg.css", "text/css; charset=utf-8"),
                "/sparql-editor.js", load(OWN + "sparql-editor.js", "text/javascript; charset=utf-8"),
                "/favicon.svg", load(OWN + "favicon.svg", "image/svg+xml"),
                "/yasgui/yasgui.min.js", load(yasgui + "yasgui.min.js", "text/javascript; charset=utf-8"),
                "/yasgui/yasgui.min.css", load(yasgui + "yasgui.min.css", "text/css; charset=utf-8"));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Asset a = req.getPathInfo() == null ? null : assets.get(req.getPathInfo());
        if (a == null) {
            throw problem(ErrorCode.WEB_NOT_FOUND, req, "no such static file");
        }
        resp.setContentType(a.contentType());
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setContentLength(a.bytes().length);
        resp.getOutputStream().write(a.bytes());
    }

    /** The YASGUI webjar's version, read from the jar itself so the pom is the one place it is set. */
    static String webjarVersion() {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(YASGUI_POM)) {
            if (in == null) {
                throw new IllegalStateException("the YASGUI webjar (org.webjars.npm:zazuko__yasgui) is not on the "
                        + "classpath");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Asset load(String resource, String contentType) {
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new Asset(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Asset(byte[] bytes, String contentType) {
    }
}
