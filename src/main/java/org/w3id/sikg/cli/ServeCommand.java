package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.reason.OntologyRules;
import org.w3id.sikg.server.ServerSettings;
import org.w3id.sikg.server.SikgServer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sikg serve}: the SPARQL server over the store, until stopped (Ctrl-C). See docs/server.md. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the knowledge graph over SPARQL 1.1 (an embedded Apache Jena Fuseki): /kg (asserted and "
            + "inferred) and /kg-asserted, with the web pages (home, /id/..., /explain, SPARQL editor, ontology). "
            + "Read-only unless --admin-password-file is given. A missing store is built first.",
            "See docs/server.md and docs/security.md."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "address to listen on (default: ${DEFAULT-VALUE}, "
            + "this machine only; 0.0.0.0 for every interface)")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "N",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store (default: ${DEFAULT-VALUE})")
    Path store = Path.of("store");

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "time limit of a query (default: ${DEFAULT-VALUE})")
    double timeout = ServerSettings.DEFAULT_QUERY_TIMEOUT.toSeconds();

    @Option(names = "--max-timeout", paramLabel = "SECONDS",
            description = "largest time limit a request may ask for with ?timeout= (default: ${DEFAULT-VALUE})")
    double maxTimeout = ServerSettings.DEFAULT_MAX_QUERY_TIMEOUT.toSeconds();

    @Option(names = "--max-body", paramLabel = "BYTES",
            description = "largest request body (default: ${DEFAULT-VALUE})")
    long maxBody = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;

    @Option(names = "--max-rows", paramLabel = "N",
            description = "largest result of an anonymous query, rows or triples (default: ${DEFAULT-VALUE})")
    long maxRows = ServerSettings.DEFAULT_MAX_RESULT_ROWS;

    @Option(names = "--service-allow", paramLabel = "URL", converter = UrlConverter.class,
            description = "a SPARQL endpoint SERVICE clauses may call, exactly as written in queries "
                + "(repeatable; default: none, SERVICE is refused)")
    List<URI> serviceAllow = new ArrayList<>();

    @Option(names = "--admin-password-file", paramLabel = "FILE", description = "administrators and their PBKDF2 "
            + "password hashes (lines from `sikg admin-password NAME`); enables SPARQL Update and Graph Store writes "
            + "for them (default: none, read-only)")
    Path adminPasswordFile;

    @Option(names = "--no-access-log", description = "do not log one line per request")
    boolean noAccessLog;

    @Override
    public Integer call() {
        ServerSettings settings = settings();
        DatasetGraph dataset = StoreOpener.openForServing(store);
        WebFrontEnd web = new WebFrontEnd(dataset, () -> OntologyRules.of(Sources.resolve(null, null).ontologyDir()));
        SikgServer server = SikgServer.builder(dataset).settings(settings).extension(web).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sikg-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("SIKG is serving " + store.toAbsolutePath().normalize() + " ("
                + (settings.writable() ? "administrators may write" : "read-only") + "):");
        server.urls().forEach(u -> out.println("  " + u));
        out.println("Web pages:");
        WebFrontEnd.urls(server.baseUrl()).forEach(u -> out.println("  " + u));
        out.println("Stop with Ctrl-C.");
        out.flush();
        server.join();
        return Main.EXIT_OK;
    }

    ServerSettings settings() {
        try {
            return ServerSettings.defaults().withHost(host).withPort(port)
                    .withTimeouts(seconds(timeout), seconds(maxTimeout))
                    .withLimits(maxBody, maxRows)
                    .withServiceAllowlist(serviceAllow)
                    .withAdminPasswordFile(adminPasswordFile)
                    .withAccessLog(!noAccessLog);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }

    /** An absolute http(s) URL, or a one-line explanation. */
    static final class UrlConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return uri;
                }
            } catch (java.net.URISyntaxException e) {
                // reported below
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not an absolute http(s) URL");
        }
    }
}
