package org.w3id.sikg.reason;

import java.util.Locale;
import java.util.Optional;

import org.apache.jena.shared.PrefixMapping;

/** The renderings of an {@link Explanation}: {@code sikg explain --format} and {@code /explain?format=}. */
public enum ExplanationRendering {
    /** An indented tree, one triple per line ({@link ExplanationText}). */
    TEXT,
    /** JSON with ids and references for repeated steps ({@link ExplanationJson}). */
    JSON,
    /** PROV-O in Turtle ({@link ExplanationProv}). */
    TURTLE;

    /** The explanation in this rendering; IRIs are abbreviated with {@code prefixes} where the format allows. */
    public String render(Explanation explanation, PrefixMapping prefixes) {
        return switch (this) {
            case TEXT -> ExplanationText.render(explanation, prefixes);
            case JSON -> ExplanationJson.render(explanation);
            case TURTLE -> ExplanationProv.render(explanation, prefixes);
        };
    }

    /** The lower-case name used on the command line and in URLs. */
    public String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The rendering named {@code name} (case-insensitive), if any. */
    public static Optional<ExplanationRendering> named(String name) {
        for (ExplanationRendering r : values()) {
            if (r.name().equalsIgnoreCase(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
