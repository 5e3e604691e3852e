package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.sikg.web.ResourcePage.Alternate;
import org.w3id.sikg.web.ResourcePage.SourceView;
import org.w3id.sikg.web.ResourcePage.StatementRow;

/** Builds {@link ResourcePage}s from the store with the {@code resource-*.rq} queries. */
final class ResourcePages {

    private static final Var G = Var.alloc("g");

    private final Site site;
    private final Provenance provenance;

    ResourcePages(Site site) {
        this.site = site;
        this.provenance = new Provenance(site);
    }

    /** Whether the store mentions the resource at all. */
    boolean exists(Node resource) {
        return site.queries().ask("resource-exists", StoreQueries.params("resource", resource));
    }

    /** The page of a resource known to exist; {@code path} is its local path (for alternate links). */
    ResourcePage page(Node resource, String path) {
        return site.queries().read(() -> build(resource, path));
    }

    private ResourcePage build(Node resource, String path) {
        Binding params = StoreQueries.params("resource", resource);
        List<Binding> outRows = site.queries().select("resource-outgoing", params);
        List<Binding> inRows = site.queries().select("resource-incoming", params);
        Set<Node> graphs = new LinkedHashSet<>();
        outRows.forEach(b -> graphs.add(b.get(G)));
        inRows.forEach(b -> graphs.add(b.get(G)));
        Map<Node, SourceView> sources = provenance.of(graphs);
        List<StatementRow> out = rows(outRows, resource, true, sources);
        List<StatementRow> in = rows(inRows, resource, false, sources);
        List<TermView> types = out.stream().filter(r -> RDF.type.getURI().equals(r.property().iri()))
                .sorted(Comparator.comparing(StatementRow::inferred)).map(StatementRow::other).toList();
        List<TermView> elsewhere = out.stream()
                .filter(r -> SKOS.exactMatch.getURI().equals(r.property().iri())
                        || OWL.sameAs.getURI().equals(r.property().iri()))
                .map(StatementRow::other).filter(t -> t.href() != null && t.external()).toList();
        return new ResourcePage(resource.getURI(), site.name(resource), types, out, in,
                List.copyOf(sources.values()), elsewhere, alternates(path));
    }

    private List<StatementRow> rows(List<Binding> bindings, Node resource, boolean outgoing,
            Map<Node, SourceView> sources) {
        String otherVar = outgoing ? "o" : "s";
        Map<List<Node>, RowAcc> acc = new LinkedHashMap<>();
        for (Binding b : bindings) {
            Node p = b.get("p");
            Node other = b.get(otherVar);
            RowAcc a = acc.computeIfAbsent(List.of(p, other), k -> new RowAcc(p, other));
            a.graphs.add(b.get(G));
        }
        List<StatementRow> rows = new ArrayList<>();
        for (RowAcc a : acc.values()) {
            Triple t = outgoing ? Triple.create(resource, a.p, a.other) : Triple.create(a.other, a.p, resource);
            rows.add(row(a, t, sources));
        }
        rows.sort(ROW_ORDER);
        return rows;
    }

    private StatementRow row(RowAcc a, Triple t, Map<Node, SourceView> sources) {
        boolean inferred = a.graphs.stream().noneMatch(g -> GraphKind.of(g).asserted());
        List<TermView> sections = Provenance.sections(a.graphs, sources);
        return new StatementRow(site.term(a.p), site.term(a.other), inferred, Links.explainHref(t), sections);
    }

    private static List<Alternate> alternates(String path) {
        return Variant.ALL.stream().filter(v -> v != Variant.HTML)
                .map(v -> new Alternate(v.displayName(), path + v.suffix(), v.mediaType())).toList();
    }

    private static final Comparator<StatementRow> ROW_ORDER = Comparator
            .comparing((StatementRow r) -> rank(r.property().iri()))
            .thenComparing(r -> r.property().text().toLowerCase(Locale.ROOT))
            .thenComparing(StatementRow::inferred)
            .thenComparing(r -> r.other().text().toLowerCase(Locale.ROOT));

    /** The type first, then the names (preferred, label, alternative), then everything else by property name. */
    private static int rank(String propertyIri) {
        if (RDF.type.getURI().equals(propertyIri)) {
            return 0;
        }
        if (SKOS.prefLabel.getURI().equals(propertyIri)) {
            return 1;
        }
        if (RDFS.label.getURI().equals(propertyIri)) {
            return 2;
        }
        return SKOS.altLabel.getURI().equals(propertyIri) ? 3 : 4;
    }

    /** Accumulates the graphs of one (property, other end) pair. */
    private static final class RowAcc {
        final Node p;
        final Node other;
        final Set<Node> graphs = new LinkedHashSet<>();

        RowAcc(Node p, Node other) {
            this.p = p;
            this.other = other;
        }
    }

    /** The IRI node of an individual. */
    static Node individual(String localId) {
        return NodeFactory.createURI(org.w3id.sikg.vocab.SIKG.ID_NS + localId);
    }
}
