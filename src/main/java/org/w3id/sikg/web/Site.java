package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
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
    private final List<Cached<?>> caches = new CopyOnWriteArrayList<>();
    private final Cached<Labels> labels;

    Site(WebContext context) {
        this.context = context;
        this.queries = new StoreQueries(context.dataset());
        this.templates = new Templates(new Chrome(context.settings().sparqlPath(), version()));
        this.prefixes = queries.read(() -> {
            PrefixMap stored = context.dataset().prefixes();
            return Prefixes.mapping(stored == null ? null : org.apache.jena.riot.system.Prefixes.adapt(stored));
        });
        this.labels = cached(() -> Labels.read(queries));
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

    /** The preferred label of every term (cached until the caches are invalidated). */
    Labels labels() {
        return labels.get();
    }

    /** A term as pages show it: linked, named by its preferred label ({@link Labels}) or its local name. */
    TermView term(Node node) {
        return TermView.of(node, node.isLiteral() ? null : labels().of(node), prefixes);
    }

    /** The name a page shows for a term (its {@link #term(Node)} text). */
    String name(Node node) {
        return term(node).text();
    }

    /** A value computed from the store on first use, forgotten by {@link #invalidateCaches()}. */
    <T> Cached<T> cached(Supplier<T> compute) {
        Cached<T> c = new Cached<>(compute);
        caches.add(c);
        return c;
    }

    /** Forgets every cached value (after the store was reloaded). */
    void invalidateCaches() {
        caches.forEach(Cached::invalidate);
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
