package org.w3id.sikg.error;

/**
 * Stable codes for every problem SIKG reports to a user. A code never changes meaning once released; each has an
 * anchor in {@code docs/errors.md} (the lower-case code), which is what the one-line message points to.
 *
 * <p>Add new codes at the end of their group. {@code ErrorCodeDocsTest} fails if a code has no section in the docs.
 */
public enum ErrorCode {
    // --- ontology files and quality checks (ONTO-, CHECK-) ---
    ONTO_IMPORT_UNRESOLVED("ONTO-001", "an owl:imports of the ontology is not resolved by its catalog-v001.xml", "add a <uri name=\"IRI\" uri=\"relative/path.ttl\"/> entry to ontology/catalog-v001.xml"),
    ONTO_SYNTAX("ONTO-002", "an ontology or catalog file is not well-formed", "fix the file at the reported line and column"),
    CHECK_VIOLATION("CHECK-001", "a quality check found a violation in the ontology", "see the check's header comment in queries/checks/ for what to fix"),
    CHECK_QUERY_INVALID("CHECK-002", "a quality-check query cannot be read or parsed", "fix the SPARQL in the named *-violation.rq file"),
    // --- command line and environment (CLI-) ---
    CLI_USAGE("CLI-001", "unknown or malformed command-line option", "run the command with --help to see its options"),
    CLI_FILE_NOT_FOUND("CLI-002", "a file or directory named on the command line does not exist", "check the path"),
    CLI_NOT_BUILT("CLI-003", "the command exists in the design but is not built yet", "see the README for the commands available"),
    IO_FAILURE("IO-001", "a file could not be read or written", "check permissions and free disk space");

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
