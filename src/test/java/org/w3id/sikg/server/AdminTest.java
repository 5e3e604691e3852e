package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an admin password file, administrators (HTTP Basic, PBKDF2) may write; everyone else still only reads. */
class AdminTest {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:x:admin> { <urn:x:s> <urn:x:p> \"by admin\" } }";

    @TempDir
    static Path dir;
    private static ServerFixture fx;
    private static String admin;

    @BeforeAll
    static void start() throws IOException {
        Path file = dir.resolve("admins.txt");
        Files.writeString(file, "# SIKG administrators\nalice: " + PasswordHash.create(PASSWORD.toCharArray(),
                PasswordHash.MIN_ITERATIONS)
                + "\n");
        fx = new ServerFixture(ServerSettings.defaults().withAdminPasswordFile(file));
        admin = Http.basic("alice", PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (fx != null) {
            fx.close();
        }
    }

    @Test
    void anonymousAndWrongCredentialsGet401() {
        HttpResponse<String> anonymous = Http.post(fx.url("/kg/update"), "application/sparql-update", INSERT);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        HttpResponse<String> wrong = Http.post(fx.url("/kg/update"), "application/sparql-update", INSERT,
                "Authorization", Http.basic("alice", "wrong"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> unknown = Http.post(fx.url("/kg/update"), "application/sparql-update", INSERT,
                "Authorization", Http.basic("mallory", PASSWORD));
        assertThat(unknown.statusCode()).isEqualTo(401);
        HttpResponse<String> put = Http.method("PUT", fx.url("/kg/data?graph=urn:x:g"), "text/turtle",
                "<urn:x:a> <urn:x:b> <urn:x:c> .");
        assertThat(put.statusCode()).isEqualTo(401);
        assertThat(ask("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }")).isFalse();
    }

    @Test
    void anAdministratorUpdatesAndWritesGraphs() {
        HttpResponse<String> update = Http.post(fx.url("/kg/update"), "application/sparql-update", INSERT,
                "Authorization", admin);
        assertThat(update.statusCode()).as(update.body()).isBetween(200, 204);
        assertThat(ask("ASK { <urn:x:s> <urn:x:p> \"by admin\" }")).isTrue();

        HttpResponse<String> put = Http.method("PUT", fx.url("/kg/data?graph=urn:x:put"), "text/turtle",
                "<urn:x:a> <urn:x:b> <urn:x:c> .", "Authorization", admin);
        assertThat(put.statusCode()).as(put.body()).isBetween(200, 204);
        assertThat(ask("ASK { GRAPH <urn:x:put> { <urn:x:a> <urn:x:b> <urn:x:c> } }")).isTrue();
        HttpResponse<String> delete = Http.method("DELETE", fx.url("/kg/data?graph=urn:x:put"), null, null,
                "Authorization", admin);
        assertThat(delete.statusCode()).isBetween(200, 204);
        assertThat(ask("ASK { GRAPH <urn:x:put> { ?s ?p ?o } }")).isFalse();
    }

    @Test
    void readsStayAnonymous() {
        assertThat(Http.get(fx.url("/kg/data?default"), "Accept", "text/turtle").statusCode()).isEqualTo(200);
        assertThat(Http.query(fx.sparql(), "ASK {}").statusCode()).isEqualTo(200);
    }

    @Test
    void theDefaultGraphIsAReadOnlyUnion() {
        HttpResponse<String> update = Http.post(fx.url("/kg/update"), "application/sparql-update",
                "INSERT DATA { <urn:x:d> <urn:x:p> <urn:x:o> }", "Authorization", admin);
        assertThat(update.statusCode()).isEqualTo(400);
        assertThat(update.body()).contains("named graph");
        for (String target : new String[] {"/kg/data?default", "/kg/data"}) {
            HttpResponse<String> put = Http.method("PUT", fx.url(target), "text/turtle",
                    "<urn:x:a> <urn:x:b> <urn:x:c> .", "Authorization", admin);
            assertThat(put.statusCode()).as(target).isEqualTo(400);
            assertThat(put.body()).contains("?graph=");
        }
        assertThat(ask("ASK { <urn:x:a> <urn:x:b> <urn:x:c> }")).isFalse();
    }

    @Test
    void anAdministrativeRequestFromAnotherSiteIsRefused() {
        HttpResponse<String> r = Http.post(fx.url("/kg/update"), "application/sparql-update", INSERT,
                "Authorization", admin, "Origin", "https://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("SERVER-006");
    }

    @Test
    void aBadPasswordFileIsRefusedWithEveryBadLine() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.writeString(file, "bob: secret\ncarol: MD5:5f4dcc3b5aa765d61d8327deb882cf99\n: x\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AdminUsers.read(file))
                .isInstanceOf(org.w3id.sikg.error.SikgException.class)
                .hasMessageContaining("3 problems")
                .satisfies(e -> assertThat(((org.w3id.sikg.error.SikgException) e).problems())
                        .allMatch(p -> p.code() == org.w3id.sikg.error.ErrorCode.SERVER_PASSWORD_FILE)
                        .extracting(org.w3id.sikg.error.Problem::line).containsExactly(1L, 2L, 3L));
    }

    private static boolean ask(String query) {
        HttpResponse<String> r = Http.query(fx.sparql(), query, "Accept", "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body().contains("true");
    }
}
