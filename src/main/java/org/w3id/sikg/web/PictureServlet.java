package org.w3id.sikg.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A picture drawn server-side as SVG: served inside an HTML page (with a legend and the same data as a table) or,
 * at the {@code .svg} URL, as a standalone SVG document for papers and slides. No script runs in either.
 */
final class PictureServlet extends WebServlet {

    private final transient Supplier<Object> model;
    private final transient String template;
    private final transient boolean standalone;

    /**
     * @param model computes the picture's model from the store
     * @param template the HTML page template; the standalone SVG template is {@code template + "-doc"}
     * @param standalone whether this URL serves the SVG document rather than the HTML page
     */
    PictureServlet(Site site, Supplier<Object> model, String template, boolean standalone) {
        super(site);
        this.model = model;
        this.template = template;
        this.standalone = standalone;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Object picture = site.queries().read(model::get);
        if (!standalone) {
            html(resp, template, picture);
            return;
        }
        resp.setContentType("image/svg+xml; charset=utf-8");
        Writer w = new OutputStreamWriter(resp.getOutputStream(), StandardCharsets.UTF_8);
        site.templates().render(template + "-doc", picture, w);
        w.flush();
    }
}
