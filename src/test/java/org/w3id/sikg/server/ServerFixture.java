package org.w3id.sikg.server;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.query.KgFixture;

/** A server on a free loopback port over a fresh in-memory fixture store; closing it stops the server. */
final class ServerFixture implements AutoCloseable {

    final DatasetGraph store;
    final SikgServer server;

    ServerFixture(ServerSettings settings) {
        this(settings, null);
    }

    ServerFixture(ServerSettings settings, ServerExtension extension) {
        this(settings, extension, null);
    }

    ServerFixture(ServerSettings settings, ServerExtension extension, Reloader reloader) {
        this.store = KgFixture.memoryStore();
        SikgServer.Builder builder = SikgServer.builder(store).settings(settings.withPort(0));
        if (extension != null) {
            builder.extension(extension);
        }
        if (reloader != null) {
            builder.reloader(reloader);
        }
        SikgServer built = builder.build();
        try {
            built.start();
        } catch (RuntimeException e) {
            built.stop();
            store.close();
            throw e;
        }
        this.server = built;
    }

    static ServerFixture start() {
        return new ServerFixture(ServerSettings.defaults());
    }

    String sparql() {
        return server.endpoint(org.w3id.sikg.query.KgView.ALL, "sparql");
    }

    String asserted() {
        return server.endpoint(org.w3id.sikg.query.KgView.ASSERTED, "sparql");
    }

    String url(String path) {
        return server.baseUrl() + (path.startsWith("/") ? path.substring(1) : path);
    }

    int port() {
        return server.port();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }
}
