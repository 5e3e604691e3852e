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
    IO_FAILURE("IO-001", "a file could not be read or written", "check permissions and free disk space"),

    // --- SPARQL queries, offline and over HTTP (QUERY-) ---
    QUERY_SYNTAX("QUERY-001", "the SPARQL query is malformed",
            "fix the query at the line and column given; the message quotes the parser"),
    QUERY_TIMEOUT("QUERY-002", "the query ran longer than its time limit and was stopped",
            "make the query more selective or add LIMIT; over HTTP, ?timeout= may ask for more, "
                + "up to the server maximum"),
    QUERY_TOO_MANY_ROWS("QUERY-003", "the result is larger than the row limit for anonymous queries",
            "add LIMIT and OFFSET to page through the result, or download the data dump"),
    QUERY_SERVICE_REFUSED("QUERY-004", "a SERVICE clause names an endpoint this server may not call",
            "remove the SERVICE clause, or ask the operator to allow the endpoint with --service-allow"),
    QUERY_FORMAT("QUERY-005", "the output format does not fit the query form",
            "use table, csv, tsv, json or xml for SELECT and ASK; "
                + "turtle, ntriples, jsonld, rdfxml or trig for CONSTRUCT and DESCRIBE"),
    QUERY_BAD_PARAMETER("QUERY-006", "a query request parameter has an invalid value",
            "see docs/server.md for the parameters and their values"),

    // --- the SPARQL server (SERVER-) ---
    SERVER_START("SERVER-001", "the server could not start",
            "check --host and --port: is another process already listening there?"),
    SERVER_PASSWORD_FILE("SERVER-002",
            "the admin password file is unreadable or has an entry that is not a PBKDF2 hash",
            "write each entry as printed by `sikg admin-password USER`"),
    SERVER_READ_ONLY("SERVER-003", "the server is read-only: updates, graph store writes and reloads are disabled",
            "start `sikg serve` with --admin-password-file and send an administrator's credentials"),
    SERVER_REQUEST_TOO_LARGE("SERVER-004", "the request body is larger than the server accepts",
            "send a smaller request; the operator sets the limit with --max-body"),
    SERVER_BAD_REQUEST("SERVER-005", "the request is malformed: its method, path or headers are not acceptable",
            "see docs/server.md for the endpoints, methods and content types"),
    SERVER_CROSS_ORIGIN("SERVER-006", "an administrative request came from another web origin",
            "send administrative requests from a command-line client, not from a web page on another site"),
    SERVER_INTERNAL("SERVER-007", "the server failed to answer a request: a bug",
            "report it with the time of the request; the server log has the details"),
    SERVER_RELOAD_RUNNING("SERVER-008", "a reload of the store is already running",
            "wait for it to end (its request gets the outcome), then reload again if the sources changed since"),
    SERVER_RELOAD_FAILED("SERVER-009", "the reload found errors in the sources; the store is unchanged",
            "fix every problem listed after this line at its file and line, then reload again"),

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
            "reload the store so the reasoner records derivations again"),

    // --- data files: CSV tables, CSVW metadata, mappings (DATA-) ---
    DATA_SYNTAX("DATA-001", "a CSV file is not well-formed", "fix the quoting or the number of cells at the given line and column"),
    DATA_DATATYPE("DATA-002", "a cell's value does not match its column's datatype or constraints",
            "write the value in the form the column's CSVW datatype requires"),
    DATA_UNKNOWN_REFERENCE("DATA-003", "a cell refers to an id that no row of the referenced table has",
            "fix the id or add the missing row to the referenced table"),
    DATA_DUPLICATE_ID("DATA-004", "two rows of a table have the same id", "give each row its own id"),
    DATA_MISSING_REQUIRED("DATA-005", "a required cell is empty", "fill in the cell"),
    DATA_METADATA("DATA-006", "a table's CSVW metadata file is missing or invalid",
            "fix <table>.csv-metadata.json as described in docs/loading.md"),
    DATA_HEADER("DATA-007", "a CSV header does not match the columns of its metadata",
            "make the header row name exactly the columns of <table>.csv-metadata.json"),
    DATA_MAPPING("DATA-008", "a table's SPARQL mapping is missing or invalid", "fix data/mapping/<table>.rq"),
    DATA_MAPPING_OUTPUT("DATA-009", "a mapping produced no triples or an invalid term for a row",
            "check the mapping and the row's cells"),

    // --- SHACL validation of the mapped graph (SHACL-) ---
    SHACL_VIOLATION("SHACL-001", "the mapped facts violate a SHACL shape", "fix the row that produced the node, or the shape"),
    SHACL_WARNING("SHACL-002", "the mapped facts trigger a SHACL warning or info result (does not block loading)",
            "check the row that produced the node"),

    // --- the persistent store (STORE-) ---
    STORE_UNAVAILABLE("STORE-001", "the store directory cannot be opened",
            "check the --store path; stop any other sikg process using it"),
    STORE_MISSING("STORE-002", "there is no store at the given directory and none could be built",
            "run sikg load --store DIR, or give --data and --ontology"),

    // --- remote stores reached over the SPARQL Graph Store Protocol (REMOTE-) ---
    REMOTE_FAILURE("REMOTE-001", "a SPARQL Graph Store Protocol endpoint refused or failed a request",
            "check the --into URL, that the endpoint accepts writes, and its log"),

    // --- rules and reasoning (RULE-, REASON-) ---
    RULE_SYNTAX("RULE-001", "a rule file has a syntax error", "check the rule at that line against Jena's rule syntax (docs/reasoning.md)"),
    RULE_UNSUPPORTED("RULE-002", "a rule uses a construct the SIKG engine does not evaluate",
            "use only triple patterns and the builtins listed in docs/reasoning.md; every head variable must occur in the body"),
    REASON_INCONSISTENT("REASON-001", "the data contradicts the ontology or the rules",
            "the message names the rule and the clashing triples; correct or remove one side of the clash"),
    REASON_LIMIT("REASON-002", "materialisation exceeded its limits (rounds or inferred triples)",
            "a rule probably generates new values without end (e.g. a sum in a recursive rule); check the rules"),
    REASON_ASSERTED("REASON-003", "the statement is asserted, not inferred, so it has no derivation",
            "the message says where it is asserted (data file and line, article sections)"),
    REASON_NOT_HELD("REASON-004", "the statement is neither asserted nor inferred",
            "check the terms (prefixed names use the prefixes of docs/design.md), or query /kg/sparql for what holds"),

    // --- benchmark (BENCH-) ---
    BENCH_INPUT("BENCH-001", "a benchmark input is missing or malformed",
            "point --lubm (or the workload's input option) at a complete input directory"),
    BENCH_UNAVAILABLE("BENCH-002", "a part of SIKG the workload measures is not in this build",
            "build a version that has it; the message names what is missing"),

    // --- imported alliance datasets: COW, ATOP (IMPORT-) ---
    IMPORT_SYNTAX("IMPORT-001", "a dataset file is not well-formed CSV",
            "use the file as downloaded (UTF-8 or ASCII, comma-separated, RFC 4180 quoting); fix the line given"),
    IMPORT_HEADER("IMPORT-002", "a dataset file's header lacks a column the importer reads",
            "give the file of the dataset and version the command expects, with its header row unchanged"),
    IMPORT_VALUE("IMPORT-003", "a cell of a dataset file is not a valid value for its column",
            "correct the cell; docs/datasets.md lists the values each column may take"),
    IMPORT_INCONSISTENT("IMPORT-004", "rows of a dataset contradict each other or themselves",
            "correct one of the rows named in the message; docs/datasets.md states the rules checked"),
    IMPORT_UNKNOWN_STATE("IMPORT-005", "a country code is not in the state list (imported with a generic label)",
            "check the code, or give the COW state list (--states) that has it"),
    IMPORT_VERSION("IMPORT-006", "the dataset file is of a version the importer does not map",
            "download COW Formal Alliances v4.1 or ATOP v4.01 (docs/datasets.md)");

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
