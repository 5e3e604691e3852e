package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shared.PrefixMapping;

/**
 * What every page of the front end shares: the context given by the server, the store's queries, the templates and
 * the prefixes used to abbreviate IRIs.
 */
final class Site {

    private final WebContext context;
    private final StoreQueries queries;
    private final Templates templates;
    private final PrefixMapping prefixes;

    Site(WebContext context) {
        this.context = context;
        this.queries = new StoreQueries(context.dataset());
        this.templates = new Templates(new Chrome(context.settings().sparqlPath(), version()));
        this.prefixes = queries.read(() -> {
            PrefixMap stored = context.dataset().prefixes();
            return Prefixes.mapping(stored == null ? null : org.apache.jena.riot.system.Prefixes.adapt(stored));
        });
    }

    WebContext context() {
        return context;
    }

    WebSettings settings() {
        return context.settings();
    }

    StoreQueries queries() {
        return queries;
    }

    Templates templates() {
        return templates;
    }

    PrefixMapping prefixes() {
        return prefixes;
    }

    /** The project version from {@code sikg-version.properties}, or "dev" when run from unfiltered sources. */
    static String version() {
        try (InputStream in = Site.class.getClassLoader().getResourceAsStream("sikg-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.contains("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
