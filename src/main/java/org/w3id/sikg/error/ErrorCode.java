package org.w3id.sikg.error;

/**
 * Stable codes for every problem SIKG reports to a user. A code never changes meaning once released; each has an
 * anchor in {@code docs/errors.md} (the lower-case code), which is what the one-line message points to.
 *
 * <p>Add new codes at the end of their group. {@code ErrorCodeDocsTest} fails if a code has no section in the docs.
 */
public enum ErrorCode {
    // --- command line and environment (CLI-) ---
    CLI_USAGE("CLI-001", "unknown or malformed command-line option", "run the command with --help to see its options"),
    CLI_FILE_NOT_FOUND("CLI-002", "a file or directory named on the command line does not exist", "check the path"),
    CLI_NOT_BUILT("CLI-003", "the command exists in the design but is not built yet", "see the README for the commands available"),
    IO_FAILURE("IO-001", "a file could not be read or written", "check permissions and free disk space"),
    // --- web front end (WEB-) ---
    WEB_BAD_IDENTIFIER("WEB-001", "the path does not name a SIKG resource identifier",
            "identifiers are letters, digits, '-', '.', '_' or '~', at most 200 characters; browse /id/"),
    WEB_NOT_FOUND("WEB-002", "the knowledge graph has no such resource or statement",
            "browse /id/ or search from the home page; identifiers are case-sensitive"),
    WEB_NOT_ACCEPTABLE("WEB-003", "none of the media types the request accepts can be served",
            "ask for text/html, text/turtle, application/ld+json, application/rdf+xml or application/n-triples, "
                    + "or add ?format="),
    WEB_BAD_PARAMETER("WEB-004", "a request parameter is missing or malformed",
            "the page's documentation in docs/web.md lists its parameters"),
    WEB_NO_EXPLANATION("WEB-005", "the statement is inferred but no derivation is recorded for it",
            "reload the store so the reasoner records derivations again");

    private final String code;
    private final String summary;
    private final String hint;

    ErrorCode(String code, String summary, String hint) {
        this.code = code;
        this.summary = summary;
        this.hint = hint;
    }

    /** The stable code, e.g. {@code DATA-003}. */
    public String code() {
        return code;
    }

    /** One line saying what kind of problem this is. */
    public String summary() {
        return summary;
    }

    /** What the user can do about it, in general terms. */
    public String hint() {
        return hint;
    }

    /** The anchor of this code's section in {@code docs/errors.md}. */
    public String anchor() {
        return code.toLowerCase(java.util.Locale.ROOT);
    }

    /** The documentation reference printed after each message. */
    public String docRef() {
        return "see docs/errors.md#" + anchor();
    }
}
