package org.w3id.sikg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.w3id.sikg.vocab.SIKG;

/**
 * The resource pages of the load test: individuals found by {@code resource-pages.rq} on the running server, each
 * requested at {@code /id/X} for {@code https://w3id.org/sikg/id/X} (the web front end's mapping, issue 6).
 */
final class ResourcePages {

    static final String QUERY_RESOURCE = "resource-pages.rq";

    private ResourcePages() {
    }

    /** The internal query's text. */
    static String query() {
        try (InputStream in = ResourcePages.class.getResourceAsStream(QUERY_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page paths for the IRIs in a SPARQL JSON result (IRIs outside the SIKG id namespace are skipped). */
    static List<String> paths(String sparqlJson) {
        ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(sparqlJson.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<String> out = new ArrayList<>();
        rs.forEachRemaining(b -> {
            String iri = b.getResource("s").getURI();
            if (iri.startsWith(SIKG.ID_NS)) {
                out.add("/id/" + iri.substring(SIKG.ID_NS.length()));
            }
        });
        return out;
    }
}
