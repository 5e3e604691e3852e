package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Content negotiation: {@code ?format=} wins, then a URL suffix, then the {@code Accept} header (q-values respected,
 * ties broken by the order of the offered variants, HTML first). A missing or unparsable {@code Accept} header counts
 * as {@code *}{@code /*}.
 */
final class Negotiation {

    private Negotiation() {
    }

    /**
     * The variant to serve.
     *
     * @param suffixVariant the variant named by the URL's suffix, if it had one
     * @param offered the variants this URL offers, in order of preference
     * @throws SikgException {@link ErrorCode#WEB_NOT_ACCEPTABLE} or {@link ErrorCode#WEB_BAD_PARAMETER}
     */
    static Variant choose(HttpServletRequest req, Optional<Variant> suffixVariant, List<Variant> offered) {
        String format = req.getParameter("format");
        if (format != null) {
            Variant v = Variant.byName(format).filter(offered::contains).orElseThrow(() -> fail(req,
                    ErrorCode.WEB_BAD_PARAMETER, "unknown or unavailable format '" + format + "'"));
            return v;
        }
        if (suffixVariant.isPresent()) {
            return suffixVariant.filter(offered::contains).orElseThrow(() -> fail(req,
                    ErrorCode.WEB_NOT_ACCEPTABLE, "this resource is not available as " + suffixVariant.get().suffix()));
        }
        return byAccept(req, offered);
    }

    /** Whether the client asked for HTML more than for anything else (used for error pages). */
    static boolean prefersHtml(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || !accept.contains("html")) {
            return false;
        }
        try {
            Variant v = byAccept(req, List.of(Variant.HTML, Variant.TURTLE));
            return v == Variant.HTML;
        } catch (SikgException e) {
            return false;
        }
    }

    /**
     * The media type to answer among {@code offered} (in order of preference) by the {@code Accept} header; the first
     * when the header is missing or unparsable.
     *
     * @throws SikgException {@link ErrorCode#WEB_NOT_ACCEPTABLE} when the header accepts none of them
     */
    static String chooseMediaType(HttpServletRequest req, List<String> offered) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        AcceptList proposals;
        try {
            proposals = new AcceptList(accept);
        } catch (RuntimeException e) {
            return offered.get(0);
        }
        boolean malformed = proposals.entries().isEmpty() || proposals.entries().stream()
                .anyMatch(m -> m.getType() == null || m.getSubType() == null || m.getSubType().isEmpty());
        if (malformed) {
            return offered.get(0);
        }
        MediaType match = AcceptList.match(proposals,
                AcceptList.create(offered.stream().map(MediaType::create).toArray(MediaType[]::new)));
        if (match == null || !offered.contains(match.getContentTypeStr())) {
            throw fail(req, ErrorCode.WEB_NOT_ACCEPTABLE, "cannot serve any of: " + accept);
        }
        return match.getContentTypeStr();
    }

    private static Variant byAccept(HttpServletRequest req, List<Variant> offered) {
        List<String> types = new ArrayList<>();
        offered.forEach(v -> types.addAll(v.mediaTypes()));
        String chosen = chooseMediaType(req, types);
        return offered.stream().filter(v -> v.mediaTypes().contains(chosen)).findFirst().orElseThrow();
    }

    private static SikgException fail(HttpServletRequest req, ErrorCode code, String message) {
        return new SikgException(Problem.of(code, req.getMethod() + " " + req.getRequestURI(), 0, message));
    }
}
