package org.w3id.sikg.web;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the web front end.
 *
 * @param sparqlPath path of the SPARQL query endpoint over ontology, asserted and inferred triples, used by the
 *     editor, VoID and the service description; default {@code /kg/sparql}
 * @param assertedSparqlPath path of the asserted-only query endpoint, if the server offers one; default none
 * @param examplesDirectory directory of competency-question {@code .rq} files shown as examples in the editor;
 *     default none, meaning the files embedded in the jar under {@code sikg/queries/cq/}
 */
public record WebSettings(String sparqlPath, Optional<String> assertedSparqlPath, Optional<Path> examplesDirectory) {

    /** Default path of the SPARQL query endpoint. */
    public static final String DEFAULT_SPARQL_PATH = "/kg/sparql";

    public WebSettings {
        Objects.requireNonNull(sparqlPath, "sparqlPath");
        Objects.requireNonNull(assertedSparqlPath, "assertedSparqlPath");
        Objects.requireNonNull(examplesDirectory, "examplesDirectory");
        if (!sparqlPath.startsWith("/")) {
            throw new IllegalArgumentException("sparqlPath must start with '/': " + sparqlPath);
        }
    }

    /** {@code /kg/sparql}, no asserted-only endpoint, competency questions from the jar. */
    public static WebSettings defaults() {
        return new WebSettings(DEFAULT_SPARQL_PATH, Optional.empty(), Optional.empty());
    }

    public WebSettings withSparqlPath(String path) {
        return new WebSettings(path, assertedSparqlPath, examplesDirectory);
    }

    public WebSettings withAssertedSparqlPath(String path) {
        return new WebSettings(sparqlPath, Optional.of(path), examplesDirectory);
    }

    public WebSettings withExamplesDirectory(Path directory) {
        return new WebSettings(sparqlPath, assertedSparqlPath, Optional.of(directory));
    }
}
