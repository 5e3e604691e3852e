package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.query.KgFixture;

/**
 * Bounded fuzzing on loopback: thousands of mutated queries, hostile paths and headers, and mutated RDF uploads.
 * Every answer must be a status below 500 with no stack trace in it. Deterministic (fixed seed); seconds, not
 * minutes.
 */
class FuzzTest {

    private static final long SEED = 20_240_601L;
    private static final int QUERIES = 1_500;
    private static final int PATHS = 800;
    private static final int UPLOADS = 200;
    private static final Pattern STACK_TRACE = Pattern.compile(
            "Exception|\\bat (java|org|jakarta|sun)\\.|Caused by|\\.java:\\d+|NullPointer");
    private static final String[] SEEDS = {"alliances.rq", "alliance-path.rq", "graphs.rq", "states.rq",
        "count-all.rq", "describe-us.rq", "construct-alliances.rq", "ask-inferred.rq", "not-exists.rq",
        "graph-inferred.rq", "part-of.rq", "service-remote.rq", "service-in-exists.rq"};
    private static final String[] TOKENS = {"{", "}", "(", ")", "?x", "$y", "<", ">", "\"", "'", "\\", "\"\"\"",
        "#", ";", ".", ",", "*", "SERVICE <http://127.0.0.1:1/x>", "GRAPH ?g", "FILTER(", "OPTIONAL", "UNION",
        "<javascript:alert(1)>", "<http://[::1>", "\u0000", "\u202e", "日本", "\uD83D\uDE00", "\uFFFF", "%00",
        "LIMIT 999999999999999999999", "OFFSET -1", "BIND(", "VALUES ?z { 1 2 }", "^^<x>", "@en-", "_:b",
        "<<", ">>", "SELECT", "WHERE", "CONSTRUCT", "DESCRIBE *", "ASK", "LOAD <http://example.org/>",
        "INSERT DATA {", "DROP ALL", "<script>alert(1)</script>", "COUNT(*", "GROUP BY", "HAVING",
        "REGEX(?x, \"(a+)+$\")",
        "\r\n", "\t", "xsd:integer", "0x1p3", "1e400", "-0"};
    private static final String[] ACCEPT = {"application/sparql-results+json", "text/csv", "*/*", "text/html",
        "application/x-evil", ";;;,", "text/turtle;q=abc", "application/ld+json", "", "image/png"};
    private static final String[] CONTENT_TYPES = {"application/sparql-query", "application/x-www-form-urlencoded",
        "text/plain", "application/sparql-query; charset=ebcdic", "multipart/form-data; boundary=", "text/turtle",
        "application/sparql-update", "\u0001", "application/json"};
    private static final String[] UPLOAD_TYPES = {"application/n-triples", "application/rdf+xml",
        "application/ld+json", "application/trig", "text/plain", "application/x-www-form-urlencoded",
        "text/turtle; charset=ebcdic", "multipart/form-data; boundary=x"};
    private static final String[] SEGMENTS = {"kg", "kg-asserted", "sparql", "query", "data", "get", "update",
        "$", "ping", "stats", "..", "%2e%2e", "%00", "%zz", "%", "%ff%fe", "%3Cscript%3E", "'\"", "id", "", "//",
        "%E6%97%A5%E6%9C%AC", "a".repeat(300), "kg;x=1", "kg%2Fsparql", "~", "WEB-INF", "META-INF", "index.html"};
    private static final String[] PARAMS = {"graph=javascript:alert(1)", "graph=http%3A%2F%2F%5B%3A%3A1",
        "graph=%3C%3E", "graph=%5C", "graph=%0d%0aSet-Cookie:x", "graph=urn:x:g", "default", "graph=",
        "graph=https%3A%2F%2Fw3id.org%2Fsikg%2Fgraph%2Finferred", "query=", "query=%7B", "timeout=-5",
        "format=%3Cscript%3E", "output=xml", "query=ASK%7B%7D&query=ASK%7B%7D", "default-graph-uri=%00",
        "named-graph-uri=http://127.0.0.1:1/", "%zz=1", "=", "&&&"};

    @TempDir
    Path dir;

    @Test
    void noInputGetsA5xxOrAStackTrace() throws IOException {
        Random random = new Random(SEED);
        Path file = dir.resolve("admins.txt");
        Files.writeString(file, "fuzz: " + PasswordHash.create("pw".toCharArray(), PasswordHash.MIN_ITERATIONS));
        List<String> failures = new ArrayList<>();
        try (ServerFixture fx = new ServerFixture(ServerSettings.defaults().withAdminPasswordFile(file))) {
            fuzzQueries(fx, random, failures);
            fuzzPaths(fx, random, failures);
            fuzzUploads(fx, random, failures);
        }
        assertThat(failures).as("requests answered with 5xx or a stack trace").isEmpty();
    }

    private void fuzzQueries(ServerFixture fx, Random random, List<String> failures) {
        List<String> seeds = new ArrayList<>();
        for (String name : SEEDS) {
            seeds.add(KgFixture.text("/server/queries/" + name).replace("ENDPOINT", "http://127.0.0.1:1/sparql"));
        }
        for (int i = 0; i < QUERIES; i++) {
            String query = mutate(seeds.get(random.nextInt(seeds.size())), random, 1 + random.nextInt(4));
            String accept = pick(ACCEPT, random);
            HttpResponse<String> r = random.nextBoolean()
                    ? Http.query(fx.sparql(), query, "Accept", accept.isEmpty() ? "*/*" : accept)
                    : Http.post(i % 3 == 0 ? fx.asserted() : fx.sparql(), "application/sparql-query", query);
            check("query " + i + ": " + query, r.statusCode(), r.body(), failures);
        }
    }

    private void fuzzPaths(ServerFixture fx, Random random, List<String> failures) {
        String[] methods = {"GET", "HEAD", "POST", "OPTIONS", "PUT", "DELETE"};
        for (int i = 0; i < PATHS; i++) {
            StringBuilder path = new StringBuilder();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                path.append('/').append(pick(SEGMENTS, random));
            }
            if (random.nextBoolean()) {
                path.append('?').append(pick(PARAMS, random));
            }
            String method = pick(methods, random);
            byte[] body = "ASK {}".getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Accept: " + pick(ACCEPT, random) + "\r\nContent-Type: " + pick(CONTENT_TYPES, random)
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            Http.Raw r = Http.raw(fx.port(), head, body);
            check(method + " " + path, r.status(), r.text(), failures);
        }
    }

    private void fuzzUploads(ServerFixture fx, Random random, List<String> failures) {
        String turtle = KgFixture.text("/server/upload.ttl");
        String admin = Http.basic("fuzz", "pw");
        for (int i = 0; i < UPLOADS; i++) {
            String body = mutate(turtle, random, 1 + random.nextInt(3));
            String type = random.nextInt(4) == 0 ? pick(UPLOAD_TYPES, random) : "text/turtle";
            HttpResponse<String> r = Http.method(random.nextBoolean() ? "PUT" : "POST",
                    fx.url("/kg/data?graph=urn:x:fuzz" + i), type, body, "Authorization", admin);
            check("upload " + i + ": " + body, r.statusCode(), r.body(), failures);
        }
    }

    private static void check(String what, int status, String body, List<String> failures) {
        if (status >= 500 || status < 100 || STACK_TRACE.matcher(body).find()) {
            failures.add(status + " for " + what + " -> " + body.substring(0, Math.min(300, body.length())));
        }
    }

    static String mutate(String text, Random random, int times) {
        StringBuilder s = new StringBuilder(text);
        for (int t = 0; t < times; t++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            int end = Math.min(s.length(), at + 1 + random.nextInt(12));
            switch (random.nextInt(5)) {
                case 0 -> s.delete(at, end);
                case 1 -> s.insert(at, pick(TOKENS, random));
                case 2 -> s.replace(at, Math.min(s.length(), at + 1), String.valueOf((char) random.nextInt(0x3000)));
                case 3 -> s.insert(at, s.substring(at, end));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    private static String pick(String[] options, Random random) {
        return options[random.nextInt(options.length)];
    }
}
