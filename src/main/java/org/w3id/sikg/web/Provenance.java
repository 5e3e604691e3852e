package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.sikg.web.ResourcePage.SourceView;

/** The provenance of fact graphs, read with {@code fact-provenance.rq} (the one place provenance terms are read). */
final class Provenance {

    private final Site site;

    Provenance(Site site) {
        this.site = site;
    }

    /** The sources of those {@code graphs} that are fact or dataset graphs with provenance, by graph. */
    Map<Node, SourceView> of(Collection<Node> graphs) {
        Map<Node, SourceView> map = new LinkedHashMap<>();
        for (Node g : graphs) {
            GraphKind kind = GraphKind.of(g);
            if ((kind == GraphKind.FACT || kind == GraphKind.DATASET) && !map.containsKey(g)) {
                List<Binding> rows = site.queries().select("fact-provenance", StoreQueries.params("g", g));
                if (!rows.isEmpty()) {
                    map.put(g, view(g, rows));
                }
            }
        }
        return map;
    }

    /**
     * What a statement's "source" column shows for the given graphs, without repeats: the article's sections by their
     * locators (§2.1, in document order); for a fact curated from outside the article, the sources it cites instead.
     */
    static List<TermView> sections(Collection<Node> graphs, Map<Node, SourceView> sources) {
        List<TermView> located = new ArrayList<>();
        List<TermView> other = new ArrayList<>();
        for (Node g : graphs) {
            SourceView s = sources.get(g);
            if (s != null) {
                s.citations().forEach(t -> {
                    List<TermView> to = s.located() ? located : other;
                    if (!to.contains(t)) {
                        to.add(t);
                    }
                });
            }
        }
        located.sort(Comparator.comparing(TermView::text, Provenance::compareLocators));
        other.stream().filter(t -> !located.contains(t)).forEach(located::add);
        return located;
    }

    /** Orders "§2.10" after "§2.9": numbers compare as numbers. */
    static int compareLocators(String a, String b) {
        String[] pa = a.replaceAll("[^0-9.]", "").split("\\.");
        String[] pb = b.replaceAll("[^0-9.]", "").split("\\.");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c = Integer.compare(number(pa[i]), number(pb[i]));
            if (c != 0) {
                return c;
            }
        }
        return pa.length != pb.length ? Integer.compare(pa.length, pb.length) : a.compareTo(b);
    }

    private static int number(String s) {
        return s.isEmpty() || s.length() > 6 ? 0 : Integer.parseInt(s);
    }

    private SourceView view(Node g, List<Binding> rows) {
        List<TermView> sections = new ArrayList<>();
        List<TermView> cited = new ArrayList<>();
        TermView document = null;
        boolean located = false;
        for (Binding b : rows) {
            Node section = b.get("section");
            Node locator = b.get("locator");
            if (section != null) {
                located |= locator != null;
                add(sections, locator != null ? TermView.of(section, TermView.labelOf(locator), site.prefixes())
                        : site.term(section));
            }
            add(cited, term(b.get("cited")));
            document = document != null ? document : term(b.get("document"));
        }
        sections.sort(Comparator.comparing(TermView::text, Provenance::compareLocators));
        Binding first = rows.get(0);
        return new SourceView(site.prefixes().shortForm(g.getURI()), sections, located, document, cited,
                lexical(first.get("file")), lexical(first.get("line")));
    }

    private static void add(List<TermView> list, TermView t) {
        if (t != null && !list.contains(t)) {
            list.add(t);
        }
    }

    private TermView term(Node n) {
        return n == null ? null : site.term(n);
    }

    private static String lexical(Node n) {
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
