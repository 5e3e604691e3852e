package org.w3id.sikg.server;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.query.KgDatasets;
import org.w3id.sikg.query.KgView;

/**
 * The SIKG SPARQL server: an embedded Apache Jena Fuseki over a store, read-only unless administrators are
 * configured. Datasets {@code /kg} (the union of every named graph) and {@code /kg-asserted} (without the inferred
 * graph), each with {@code sparql} and {@code query} (SPARQL query) and {@code data} and {@code get} (Graph Store
 * Protocol, read); with an admin password file, {@code /kg/update} and writes at {@code /kg/data} for
 * administrators, and {@code POST /$/reload} when a {@link Reloader} is given. Health check at {@code /$/ping}.
 * See docs/server.md and docs/security.md.
 *
 * <pre>
 *   try (SikgServer server = SikgServer.builder(store).settings(ServerSettings.defaults().withPort(0)).build()) {
 *       server.start();                                     // returns at once; the server runs in the background
 *       String endpoint = server.endpoint(KgView.ALL, "sparql");   // http://127.0.0.1:PORT/kg/sparql
 *       ...
 *   }                                                       // stops the server; the store stays open
 * </pre>
 */
public final class SikgServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SikgServer.class);

    private final FusekiServer fuseki;
    private final ServerSettings settings;
    private final boolean reloads;

    private SikgServer(FusekiServer fuseki, ServerSettings settings, boolean reloads) {
        this.fuseki = fuseki;
        this.settings = settings;
        this.reloads = reloads;
    }

    /** A builder for a server over {@code store}, which the caller opens, keeps open while serving, and closes. */
    public static Builder builder(DatasetGraph store) {
        return new Builder(store);
    }

    /**
     * Starts listening and returns at once.
     *
     * @throws SikgException SERVER-001 if the server cannot listen (address in use, unknown host ...)
     */
    public SikgServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new SikgException(Problem.of(ErrorCode.SERVER_START, settings.host() + ":" + settings.port(), 0,
                    "cannot listen: " + cause.getMessage()), e);
        }
        LOG.info("SIKG server listening at {} ({})", baseUrl(), settings.writable() ? "administrators may write"
                : "read-only");
        return this;
    }

    /** The port listened on (the real one when the settings asked for port 0); valid after {@link #start()}. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** {@code http://host:port/}, with the configured host. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    /** The URL of a service of a view, e.g. {@code endpoint(KgView.ALL, "sparql")}. */
    public String endpoint(KgView view, String service) {
        return baseUrl() + view.datasetName() + "/" + service;
    }

    /** The URLs this server answers, one per endpoint, for people. */
    public List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (KgView view : KgView.values()) {
            urls.add(endpoint(view, "sparql") + "  (SPARQL query, " + describe(view) + ")");
            urls.add(endpoint(view, "data") + "  (Graph Store Protocol, read"
                    + (view == KgView.ALL && settings.writable() ? "; administrators write" : "") + ")");
        }
        if (settings.writable()) {
            urls.add(endpoint(KgView.ALL, "update") + "  (SPARQL Update, administrators only)");
        }
        if (reloads) {
            urls.add(baseUrl() + ReloadServlet.PATH.substring(1) + "  (POST: reload the store from its sources, "
                    + "administrators only)");
        }
        urls.add(baseUrl() + "$/ping  (health check)");
        return urls;
    }

    private static String describe(KgView view) {
        return view == KgView.ALL ? "asserted and inferred" : "asserted only";
    }

    /** The settings the server was built with. */
    public ServerSettings settings() {
        return settings;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server (idempotent). The store is not closed. */
    public void stop() {
        if (!fuseki.getJettyServer().isStopped()) {
            fuseki.stop();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Builds a {@link SikgServer}; see the class documentation. */
    public static final class Builder implements ServerExtension.Registrar {

        private final DatasetGraph store;
        private final Map<KgView, DatasetGraph> views = new EnumMap<>(KgView.class);
        private final List<ServerExtension> extensions = new ArrayList<>();
        private ServerSettings settings = ServerSettings.defaults();
        private Reloader reloader;
        private FusekiServer.Builder fuseki;

        private Builder(DatasetGraph store) {
            this.store = Objects.requireNonNull(store, "store");
            for (KgView view : KgView.values()) {
                views.put(view, KgDatasets.view(store, view));
            }
        }

        public Builder settings(ServerSettings newSettings) {
            this.settings = Objects.requireNonNull(newSettings, "settings");
            return this;
        }

        /**
         * Enables {@code POST /$/reload} for administrators, running {@code action} (see {@link Reloader}); only
         * on a server with an admin password file: a read-only server refuses reloads like every other write.
         */
        public Builder reloader(Reloader action) {
            this.reloader = Objects.requireNonNull(action, "action");
            return this;
        }

        /** Adds pages or services on the same port (see {@link ServerExtension}). */
        public Builder extension(ServerExtension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /**
         * Builds the server, not started.
         *
         * @throws SikgException SERVER-002 if the admin password file is bad
         */
        public SikgServer build() {
            AdminPaths admin = new AdminPaths(KgView.ALL.datasetName());
            fuseki = FusekiServer.create()
                    .fusekiModules(FusekiModules.empty())
                    .port(settings.port())
                    .enablePing(true)
                    .verbose(false)
                    .registerOperation(Operation.Query, new SikgQueryService(settings))
                    .registerOperation(Operation.GSP_R, new GraphStore.Read())
                    .registerOperation(Operation.GSP_RW, new GraphStore.ReadWrite());
            List<String> adminNames = settings.adminPasswordFile().map(AdminUsers::read)
                    .map(users -> {
                        fuseki.securityHandler(AdminSecurity.handler(users, KgView.ALL.datasetName()));
                        return List.copyOf(users.users().keySet());
                    }).orElse(List.of());
            for (KgView view : KgView.values()) {
                fuseki.add("/" + view.datasetName(), dataService(view, adminNames));
            }
            fuseki.addFilter("/*", new RequestGuard(settings, admin));
            fuseki.addFilter("/*", new PublicCors(admin));
            if (settings.writable()) {
                fuseki.addFilter("/*", new AdminAudit(admin));
            }
            boolean reloads = settings.writable() && reloader != null;
            if (reloads) {
                fuseki.addServlet(ReloadServlet.PATH, new ReloadServlet(reloader));
            }
            extensions.forEach(e -> e.register(this));
            FusekiServer server = fuseki.build();
            configureJetty(server);
            return new SikgServer(server, settings, reloads);
        }

        private DataService.Builder dataService(KgView view, List<String> admins) {
            DataService.Builder service = DataService.newBuilder(views.get(view))
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get");
            if (view == KgView.ALL && !admins.isEmpty()) {
                service.addEndpoint(Operation.GSP_RW, "data")
                        .addEndpoint(Operation.Update, "update", Auth.policyAllowSpecific(admins));
            } else {
                service.addEndpoint(Operation.GSP_R, "data");
            }
            return service;
        }

        private void configureJetty(FusekiServer server) {
            for (Connector connector : server.getJettyServer().getConnectors()) {
                if (connector instanceof ServerConnector serverConnector) {
                    serverConnector.setHost(settings.host());
                }
            }
            if (settings.accessLog()) {
                server.getJettyServer().setRequestLog(AccessLog.requestLog());
            }
        }

        @Override
        public Builder servlet(String pathSpec, HttpServlet servlet) {
            fuseki.addServlet(checkPath(pathSpec), servlet);
            return this;
        }

        @Override
        public Builder filter(String pathSpec, Filter filter) {
            fuseki.addFilter(checkPath(pathSpec), filter);
            return this;
        }

        @Override
        public DatasetGraph dataset(KgView view) {
            return views.get(view);
        }

        @Override
        public ServerSettings settings() {
            return settings;
        }

        private static String checkPath(String pathSpec) {
            for (KgView view : KgView.values()) {
                String base = "/" + view.datasetName();
                if (pathSpec.equals(base) || pathSpec.startsWith(base + "/")) {
                    throw new IllegalArgumentException("path " + pathSpec + " is reserved for the dataset " + base);
                }
            }
            if (pathSpec.equals("/") || pathSpec.startsWith("/$/")) {
                throw new IllegalArgumentException("path " + pathSpec + " is reserved by the server");
            }
            return pathSpec;
        }
    }
}
