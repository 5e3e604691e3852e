package org.w3id.sikg.web;

import java.util.Locale;
import java.util.Optional;

/** The renderings of a derivation the {@link Explainer} provides, with their media types and {@code ?format=} names. */
public enum ExplanationFormat {
    /** Indented plain text, one premise per line, for people. */
    TEXT("text/plain", "text"),
    /** JSON, for programs. */
    JSON("application/json", "json"),
    /** Turtle using PROV-O, for Linked Data clients. */
    TURTLE("text/turtle", "turtle");

    private final String mediaType;
    private final String parameter;

    ExplanationFormat(String mediaType, String parameter) {
        this.mediaType = mediaType;
        this.parameter = parameter;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The value of {@code ?format=} that selects this rendering on {@code /explain}. */
    public String parameter() {
        return parameter;
    }

    /** The rendering named by a {@code ?format=} value (case-insensitive), if any. */
    public static Optional<ExplanationFormat> fromParameter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.toLowerCase(Locale.ROOT);
        for (ExplanationFormat f : values()) {
            if (f.parameter.equals(v)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The rendering with this media type, if any. */
    public static Optional<ExplanationFormat> byMediaType(String mediaType) {
        for (ExplanationFormat f : values()) {
            if (f.mediaType.equals(mediaType)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
