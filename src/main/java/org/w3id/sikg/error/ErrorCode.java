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

    // --- rules and reasoning (RULE-, REASON-) ---
    RULE_SYNTAX("RULE-001", "a rule file has a syntax error", "check the rule at that line against Jena's rule syntax (docs/reasoning.md)"),
    RULE_UNSUPPORTED("RULE-002", "a rule uses a construct the SIKG engine does not evaluate",
            "use only triple patterns and the builtins listed in docs/reasoning.md; every head variable must occur in the body"),
    REASON_INCONSISTENT("REASON-001", "the data contradicts the ontology or the rules",
            "the message names the rule and the clashing triples; correct or remove one side of the clash"),
    REASON_LIMIT("REASON-002", "materialisation exceeded its limits (rounds or inferred triples)",
            "a rule probably generates new values without end (e.g. a sum in a recursive rule); check the rules");

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
