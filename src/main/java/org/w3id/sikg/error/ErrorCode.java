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
    // --- benchmark (BENCH-) ---
    BENCH_INPUT("BENCH-001", "a benchmark input is missing or malformed",
            "point --lubm (or the workload's input option) at a complete input directory"),
    BENCH_UNAVAILABLE("BENCH-002", "a part of SIKG the workload measures is not in this build",
            "build a version that has it; the message names what is missing");

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
