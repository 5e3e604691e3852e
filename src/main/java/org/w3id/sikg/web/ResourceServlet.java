package org.w3id.sikg.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.w3id.sikg.error.ErrorCode;

/**
 * {@code /id/{id}}: the page of the individual {@code https://w3id.org/sikg/id/{id}}, served directly (200) in the
 * negotiated variant; {@code /id/{id}.ttl} (and the other suffixes) name one variant. {@code /id/} lists all
 * individuals by class. See docs/web.md for why there is no 303 here.
 */
final class ResourceServlet extends WebServlet {

    /** A SIKG identifier: RFC 3986 unreserved characters, starting with a letter or digit, at most 200 of them. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}");

    private final transient ResourcePages pages;
    private final transient ResourceDescriptions descriptions;
    private final transient BrowsePages browse;

    ResourceServlet(Site site) {
        super(site);
        this.pages = new ResourcePages(site);
        this.descriptions = new ResourceDescriptions(site);
        this.browse = new BrowsePages(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if (info == null || info.equals("/")) {
            html(resp, "browse", browse.page());
            return;
        }
        String raw = info.substring(1);
        Optional<Variant> suffix = Variant.bySuffix(raw);
        String id = suffix.map(v -> raw.substring(0, raw.length() - v.suffix().length())).orElse(raw);
        if (!ID.matcher(id).matches()) {
            throw problem(ErrorCode.WEB_BAD_IDENTIFIER, req, "'" + abbreviate(id) + "' is not a SIKG identifier");
        }
        Node resource = ResourcePages.individual(id);
        if (!pages.exists(resource)) {
            throw problem(ErrorCode.WEB_NOT_FOUND, req, "nothing is known about " + resource.getURI());
        }
        Variant variant = Negotiation.choose(req, suffix, Variant.ALL);
        String path = Links.resourcePath(id);
        negotiatedHeaders(req, resp, suffix, path, variant);
        if (variant == Variant.HTML) {
            html(resp, "resource", pages.page(resource, path));
        } else {
            resp.setContentType(variant.contentType());
            descriptions.write(descriptions.describe(resource), variant, site.prefixes(), resp.getOutputStream());
        }
    }

    private static void negotiatedHeaders(HttpServletRequest req, HttpServletResponse resp, Optional<Variant> suffix,
            String path, Variant chosen) {
        if (suffix.isEmpty() && req.getParameter("format") == null) {
            resp.setHeader("Vary", "Accept");
            resp.setHeader("Content-Location", path + chosen.suffix());
        }
        resp.setHeader("Link", Variant.ALL.stream().filter(v -> v != chosen)
                .map(v -> "<" + path + v.suffix() + ">; rel=\"alternate\"; type=\"" + v.mediaType() + "\"")
                .collect(Collectors.joining(", ")));
    }

    /** At most 80 characters of a request value, for messages. */
    static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
