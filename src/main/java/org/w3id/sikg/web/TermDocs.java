package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.sikg.vocab.SIKG;
import org.w3id.sikg.web.OntologyDocs.OntologyFacts;
import org.w3id.sikg.web.OntologyPage.DocRow;
import org.w3id.sikg.web.OntologyPage.TermDoc;

/** The documentation of single terms: which facts of the ontology graph are shown, in which rows, in which order. */
final class TermDocs {

    /** A row: its name, the predicate it shows, and whether it shows subjects pointing at the term instead. */
    private record Spec(String name, Node predicate, boolean inverse) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("subclass of", RDFS.subClassOf.asNode(), false),
            new Spec("subclasses", RDFS.subClassOf.asNode(), true),
            new Spec("equivalent to", OWL2.equivalentClass.asNode(), false),
            new Spec("disjoint with", OWL2.disjointWith.asNode(), false),
            new Spec("disjoint with", OWL2.disjointWith.asNode(), true),
            new Spec("subproperty of", RDFS.subPropertyOf.asNode(), false),
            new Spec("subproperties", RDFS.subPropertyOf.asNode(), true),
            new Spec("domain", RDFS.domain.asNode(), false),
            new Spec("range", RDFS.range.asNode(), false),
            new Spec("inverse of", OWL2.inverseOf.asNode(), false),
            new Spec("inverse of", OWL2.inverseOf.asNode(), true),
            new Spec("characteristics", RDF.type.asNode(), false),
            new Spec("property chain", OWL2.propertyChainAxiom.asNode(), false),
            new Spec("domain of", RDFS.domain.asNode(), true),
            new Spec("range of", RDFS.range.asNode(), true),
            new Spec("comment", RDFS.comment.asNode(), false),
            new Spec("example", SKOS.example.asNode(), false),
            new Spec("scope note", SKOS.scopeNote.asNode(), false),
            new Spec("also called", SKOS.altLabel.asNode(), false),
            new Spec("domain left open", SIKG.property("domainLeftOpen").asNode(), false),
            new Spec("range left open", SIKG.property("rangeLeftOpen").asNode(), false),
            new Spec("article section", SIKG.property("articleSection").asNode(), false),
            new Spec("source", DCTerms.source.asNode(), false),
            new Spec("defined by", RDFS.isDefinedBy.asNode(), false),
            new Spec("see also", RDFS.seeAlso.asNode(), false));

    /** Types that say what kind of term something is, not a characteristic of it. */
    private static final Set<Node> KINDS = Set.of(OWL2.Class.asNode(), RDFS.Class.asNode(),
            OWL2.ObjectProperty.asNode(), OWL2.DatatypeProperty.asNode(), OWL2.AnnotationProperty.asNode(),
            RDF.Property.asNode(), OWL2.NamedIndividual.asNode(), OWL2.Ontology.asNode());

    private final OntologyFacts facts;
    private final ClassExpressions expressions;
    private final PrefixMapping prefixes;
    private final DatasetStats.Counts counts;

    TermDocs(OntologyFacts facts, ClassExpressions expressions, PrefixMapping prefixes, DatasetStats.Counts counts) {
        this.facts = facts;
        this.expressions = expressions;
        this.prefixes = prefixes;
        this.counts = counts;
    }

    /** Documentation of the given terms, sorted by label. */
    List<TermDoc> of(List<Node> terms) {
        return terms.stream().map(this::doc)
                .sorted(Comparator.comparing(d -> d.label().toLowerCase(Locale.ROOT))).toList();
    }

    /** The annotations of the ontology header, one row per property. */
    List<DocRow> annotations(Node ontology) {
        List<DocRow> rows = new ArrayList<>();
        facts.statements(ontology).forEach((p, objects) -> {
            if (!p.equals(RDF.type.asNode()) && !p.equals(DCTerms.title.asNode())
                    && !p.equals(DCTerms.description.asNode())) {
                rows.add(new DocRow(facts.display(p, prefixes), objects.stream().map(this::view).toList()));
            }
        });
        return rows;
    }

    private TermDoc doc(Node term) {
        List<String> definitions = facts.objects(term, SKOS.definition.asNode()).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).toList();
        List<DocRow> rows = new ArrayList<>();
        for (Spec spec : SPECS) {
            List<TermView> values = values(term, spec);
            if (!values.isEmpty()) {
                merge(rows, new DocRow(spec.name(), values));
            }
        }
        individuals(term).ifPresent(rows::add);
        String iri = term.getURI();
        return new TermDoc(iri.substring(SIKG.NS.length()), iri, facts.display(term, prefixes), definitions, rows);
    }

    private List<TermView> values(Node term, Spec spec) {
        Set<Node> nodes = new LinkedHashSet<>();
        if (spec.inverse()) {
            facts.subjects(spec.predicate(), term).stream().filter(other -> !other.equals(term)).forEach(nodes::add);
        } else {
            nodes.addAll(facts.objects(term, spec.predicate()));
        }
        if (spec.predicate().equals(RDF.type.asNode())) {
            nodes.removeAll(KINDS);
        }
        if (spec.predicate().equals(RDFS.isDefinedBy.asNode())) {
            nodes.remove(NodeFactory.createURI(SIKG.ONTOLOGY_IRI));
        }
        return nodes.stream().map(this::view).sorted(VALUE_ORDER).toList();
    }

    /** Section locators in document order, everything else alphabetically. */
    private static final Comparator<TermView> VALUE_ORDER = (a, b) -> a.text().startsWith("§") && b.text().startsWith("§")
            ? Provenance.compareLocators(a.text(), b.text())
            : a.text().compareToIgnoreCase(b.text());

    private TermView view(Node n) {
        if (n.isBlank()) {
            return TermView.of(NodeFactory.createLiteralString(expressions.render(n)), prefixes);
        }
        return TermView.of(n, facts.label(n), prefixes);
    }

    private Optional<DocRow> individuals(Node term) {
        return counts.classes().stream().filter(c -> term.getURI().equals(c.type().iri())).findFirst()
                .map(c -> new DocRow("individuals", List.of(TermView.of(NodeFactory.createLiteralString(
                        c.asserted() + " asserted, " + c.withInference() + " with inference"), prefixes))));
    }

    private static void merge(List<DocRow> rows, DocRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(row.name())) {
                List<TermView> all = new ArrayList<>(rows.get(i).values());
                row.values().stream().filter(v -> !all.contains(v)).forEach(all::add);
                rows.set(i, new DocRow(row.name(), all));
                return;
            }
        }
        rows.add(row);
    }
}
