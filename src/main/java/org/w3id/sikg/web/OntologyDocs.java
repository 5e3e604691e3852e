package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.sikg.vocab.SIKG;
import org.w3id.sikg.web.OntologyPage.DocRow;
import org.w3id.sikg.web.OntologyPage.TreeNode;

/** Generates the {@link OntologyPage} from the ontology graph ({@code ontology-statements.rq}). */
final class OntologyDocs {

    private static final int MAX_TREE_DEPTH = 12;

    private final Site site;
    private final Cached<OntologyPage> page;

    OntologyDocs(Site site, DatasetStats stats) {
        this.site = site;
        this.page = site.cached(() -> {
            DatasetStats.Counts counts = stats.counts();
            return site.queries().read(() -> build(counts));
        });
    }

    /** The documentation, generated on first use after each (re)load. */
    OntologyPage page() {
        return page.get();
    }

    private OntologyPage build(DatasetStats.Counts counts) {
        OntologyFacts facts = new OntologyFacts(site.labels());
        for (Binding b : site.queries().select("ontology-statements", StoreQueries.params())) {
            facts.add(b.get("term"), b.get("p"), b.get("o"));
        }
        Graph graph = site.queries().dataset().getGraph(NodeFactory.createURI(SIKG.GRAPH_ONTOLOGY));
        TermDocs docs = new TermDocs(facts, new ClassExpressions(graph, n -> facts.display(n, site.prefixes())),
                site.prefixes(), counts);
        Node ontology = NodeFactory.createURI(SIKG.ONTOLOGY_IRI);
        List<DocRow> header = docs.annotations(ontology);
        return new OntologyPage(SIKG.ONTOLOGY_IRI, facts.literal(ontology, DCTerms.title.asNode(), "SIKG ontology"),
                facts.literal(ontology, DCTerms.description.asNode(), null), header, tree(facts),
                docs.of(facts.ownTerms(OWL2.Class.asNode())), docs.of(facts.ownTerms(OWL2.ObjectProperty.asNode())),
                docs.of(facts.ownTerms(OWL2.DatatypeProperty.asNode())),
                docs.of(facts.ownTerms(OWL2.AnnotationProperty.asNode())));
    }

    private List<TreeNode> tree(OntologyFacts facts) {
        List<Node> classes = facts.ownTerms(OWL2.Class.asNode());
        Map<Node, List<Node>> children = new HashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Node c : classes) {
            List<Node> parents = facts.objects(c, RDFS.subClassOf.asNode()).stream()
                    .filter(p -> p.isURI() && classes.contains(p) && !p.equals(c)).toList();
            if (parents.isEmpty()) {
                roots.add(c);
            }
            parents.forEach(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c));
        }
        return nodes(roots, children, facts, 0);
    }

    private List<TreeNode> nodes(List<Node> classes, Map<Node, List<Node>> children, OntologyFacts facts, int depth) {
        if (depth > MAX_TREE_DEPTH) {
            return List.of();
        }
        List<TreeNode> out = new ArrayList<>();
        for (Node c : sorted(classes, facts)) {
            out.add(new TreeNode(TermView.of(c, facts.label(c), site.prefixes()),
                    nodes(children.getOrDefault(c, List.of()), children, facts, depth + 1)));
        }
        return out;
    }

    private List<Node> sorted(List<Node> terms, OntologyFacts facts) {
        return terms.stream().sorted(Comparator.comparing((Node n) -> facts.display(n, site.prefixes())
                .toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * The ontology graph's statements about named terms, grouped by term and property, and indexed backwards; terms
     * are named by their preferred labels ({@link Labels}).
     */
    static final class OntologyFacts {
        private final Map<Node, Map<Node, List<Node>>> byTerm = new LinkedHashMap<>();
        private final Map<Node, Map<Node, List<Node>>> byObject = new HashMap<>();
        private final Labels labels;

        OntologyFacts(Labels labels) {
            this.labels = labels;
        }

        void add(Node term, Node p, Node o) {
            byTerm.computeIfAbsent(term, k -> new LinkedHashMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(o);
            byObject.computeIfAbsent(o, k -> new HashMap<>()).computeIfAbsent(p, k -> new ArrayList<>()).add(term);
        }

        List<Node> objects(Node term, Node p) {
            return byTerm.getOrDefault(term, Map.of()).getOrDefault(p, List.of());
        }

        /** The terms that have {@code object} as a value of {@code p}. */
        List<Node> subjects(Node p, Node object) {
            return byObject.getOrDefault(object, Map.of()).getOrDefault(p, List.of());
        }

        Map<Node, List<Node>> statements(Node term) {
            return byTerm.getOrDefault(term, Map.of());
        }

        String label(Node n) {
            return labels.of(n);
        }

        String display(Node n, PrefixMapping prefixes) {
            String l = labels.of(n);
            return l != null ? l : n.isURI() ? TermView.name(n.getURI(), prefixes) : n.toString();
        }

        String literal(Node term, Node p, String fallback) {
            return objects(term, p).stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm).findFirst()
                    .orElse(fallback);
        }

        /** SIKG's own terms (in the sikg: namespace) typed with {@code kind}. */
        List<Node> ownTerms(Node kind) {
            return subjects(RDF.type.asNode(), kind).stream().filter(t -> t.isURI() && t.getURI().startsWith(SIKG.NS))
                    .distinct().toList();
        }
    }
}
