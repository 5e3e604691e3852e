package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/** The {@code /id/} index: every individual, grouped by its asserted classes (from {@code browse.rq}). */
final class BrowsePages {

    /** Members listed per class; the rest are counted and left to SPARQL. */
    static final int MAX_PER_CLASS = 500;

    /** By name, ignoring case, then by IRI (two entities may share a name). */
    private static final Comparator<TermView> BY_NAME = Comparator
            .comparing((TermView t) -> t.text().toLowerCase(Locale.ROOT))
            .thenComparing(t -> t.iri() == null ? "" : t.iri());

    private final Site site;

    BrowsePages(Site site) {
        this.site = site;
    }

    BrowsePage page() {
        Map<Node, List<TermView>> members = new HashMap<>();
        Map<Node, TermView> classes = new HashMap<>();
        for (Binding b : site.queries().select("browse", StoreQueries.params())) {
            Node cls = b.get("class");
            classes.computeIfAbsent(cls, site::term);
            members.computeIfAbsent(cls, c -> new ArrayList<>()).add(site.term(b.get("e")));
        }
        members.values().forEach(list -> list.sort(BY_NAME));
        List<ClassGroup> groups = new ArrayList<>();
        classes.entrySet().stream().sorted(Map.Entry.comparingByValue(BY_NAME)).forEach(entry -> {
            Node cls = entry.getKey();
            TermView view = entry.getValue();
            List<TermView> all = members.get(cls);
            String iri = cls.isURI() ? cls.getURI() : cls.toString();
            String anchor = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
            groups.add(new ClassGroup(anchor, view, all.size(), all.subList(0, Math.min(all.size(), MAX_PER_CLASS)),
                    all.size() > MAX_PER_CLASS));
        });
        return new BrowsePage(groups);
    }

    /** @param groups the classes with their members */
    public record BrowsePage(List<ClassGroup> groups) {
    }

    /**
     * @param anchor the fragment of the class's section on the page (its IRI's local name)
     * @param type the class
     * @param count how many individuals it has
     * @param members the individuals listed
     * @param truncated whether some were left out
     */
    public record ClassGroup(String anchor, TermView type, int count, List<TermView> members, boolean truncated) {
    }
}
