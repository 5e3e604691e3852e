package org.w3id.sikg.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed settings of {@link SikgServer}, with the documented defaults of {@link #defaults()} (see docs/server.md and
 * docs/security.md). Immutable; the {@code with...} methods return modified copies.
 *
 * @param host address to listen on; default {@value #DEFAULT_HOST} (loopback: not reachable from other machines)
 * @param port TCP port; default {@value #DEFAULT_PORT}; 0 picks a free port (read it back with
 *     {@link SikgServer#port()})
 * @param queryTimeout time limit of a query that does not ask for another; default 30 s
 * @param maxQueryTimeout upper bound of the per-request {@code timeout} parameter; default 120 s
 * @param maxRequestBytes largest request body accepted; default 1 MiB
 * @param maxResultRows largest SELECT result (rows) or CONSTRUCT/DESCRIBE result (triples) sent to anonymous
 *     clients; default 10,000
 * @param serviceAllowlist SPARQL endpoints that SERVICE clauses may call (exact URLs); default none, which refuses
 *     every SERVICE clause
 * @param adminPasswordFile file of administrators and PBKDF2 password hashes; when present, SPARQL Update and
 *     Graph Store writes are enabled for them; default absent (read-only server)
 * @param accessLog whether to log one line per request (logger {@value AccessLog#LOGGER}); default on
 */
public record ServerSettings(String host, int port, Duration queryTimeout, Duration maxQueryTimeout,
        long maxRequestBytes, long maxResultRows, List<URI> serviceAllowlist, Optional<Path> adminPasswordFile,
        boolean accessLog) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_MAX_QUERY_TIMEOUT = Duration.ofSeconds(120);
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
    public static final long DEFAULT_MAX_RESULT_ROWS = 10_000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535: " + port);
        }
        requirePositive(queryTimeout, "queryTimeout");
        requirePositive(maxQueryTimeout, "maxQueryTimeout");
        if (maxQueryTimeout.compareTo(queryTimeout) < 0) {
            throw new IllegalArgumentException("the maximum query timeout (" + maxQueryTimeout.toMillis() / 1000.0
                    + " s) is shorter than the default one (" + queryTimeout.toMillis() / 1000.0 + " s)");
        }
        if (maxRequestBytes <= 0 || maxResultRows <= 0) {
            throw new IllegalArgumentException("maxRequestBytes and maxResultRows must be positive");
        }
        serviceAllowlist = List.copyOf(serviceAllowlist);
        Objects.requireNonNull(adminPasswordFile, "adminPasswordFile");
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
    }

    /** The defaults: loopback, port 3030, 30 s (max 120 s), 1 MiB bodies, 10,000 rows, no SERVICE, read-only. */
    public static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_QUERY_TIMEOUT,
                DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_RESULT_ROWS, List.of(), Optional.empty(), true);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, queryTimeout, maxQueryTimeout, maxRequestBytes, maxResultRows,
                serviceAllowlist, adminPasswordFile, accessLog);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, queryTimeout, maxQueryTimeout, maxRequestBytes, maxResultRows,
                serviceAllowlist, adminPasswordFile, accessLog);
    }

    public ServerSettings withTimeouts(Duration timeout, Duration maxTimeout) {
        return new ServerSettings(host, port, timeout, maxTimeout, maxRequestBytes, maxResultRows,
                serviceAllowlist, adminPasswordFile, accessLog);
    }

    public ServerSettings withLimits(long newMaxRequestBytes, long newMaxResultRows) {
        return new ServerSettings(host, port, queryTimeout, maxQueryTimeout, newMaxRequestBytes, newMaxResultRows,
                serviceAllowlist, adminPasswordFile, accessLog);
    }

    public ServerSettings withServiceAllowlist(List<URI> endpoints) {
        return new ServerSettings(host, port, queryTimeout, maxQueryTimeout, maxRequestBytes, maxResultRows,
                endpoints, adminPasswordFile, accessLog);
    }

    public ServerSettings withAdminPasswordFile(Path file) {
        return new ServerSettings(host, port, queryTimeout, maxQueryTimeout, maxRequestBytes, maxResultRows,
                serviceAllowlist, Optional.ofNullable(file), accessLog);
    }

    public ServerSettings withAccessLog(boolean on) {
        return new ServerSettings(host, port, queryTimeout, maxQueryTimeout, maxRequestBytes, maxResultRows,
                serviceAllowlist, adminPasswordFile, on);
    }

    /** Whether administrators may write (an admin password file is configured). */
    public boolean writable() {
        return adminPasswordFile.isPresent();
    }
}
