package org.w3id.sikg.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.vocabulary.RDF;

/**
 * Decides how each LUBM query's reference count carries over to the LUBM(N) data of {@link LubmScaler}.
 *
 * <p>A query qualifies only if it is a plain SELECT (no DISTINCT, REDUCED, LIMIT, OFFSET, GROUP BY or aggregate)
 * over one basic graph pattern whose "join nodes" (variables and renamed data IRIs in subject or object position,
 * not as the class of {@code rdf:type}) are connected. The join variables are assumed to bind to individuals (true
 * of the 14 queries: each is typed with a univ-bench class or is a literal-valued leaf). Then every
 * solution lies inside one copy of University0 (the copies are disjoint), so: if the pattern names a data IRI that
 * the scaler renames (e.g. {@code <http://www.University0.edu>}, which only copy 0 keeps), the count is the
 * University0 count ({@link QueryScaling#PINNED}); otherwise every copy contributes the same solutions and the
 * count is N × the University0 count ({@link QueryScaling#SCALED}). Anything else is {@link QueryScaling#UNKNOWN}.
 */
public final class ExpectedCounts {

    private ExpectedCounts() {
    }

    /** Classifies one query. */
    public static QueryScaling classify(Query query) {
        List<TriplePath> triples = plainBgp(query);
        if (triples == null || !connected(triples)) {
            return QueryScaling.UNKNOWN;
        }
        boolean pinned = triples.stream().flatMap(t -> Stream.of(t.getSubject(), t.getPredicate(), t.getObject()))
                .filter(n -> n != null).anyMatch(ExpectedCounts::isDataConstant);
        return pinned ? QueryScaling.PINNED : QueryScaling.SCALED;
    }

    /** The triple patterns of a plain SELECT over one basic graph pattern, or null if the query is not one. */
    static List<TriplePath> plainBgp(Query query) {
        if (!query.isSelectType() || query.isDistinct() || query.isReduced() || query.hasLimit()
                || query.hasOffset() || query.hasGroupBy() || query.hasAggregators() || query.hasHaving()) {
            return null;
        }
        Element pattern = query.getQueryPattern();
        List<Element> elements = pattern instanceof ElementGroup g ? g.getElements() : List.of(pattern);
        List<TriplePath> triples = new ArrayList<>();
        for (Element e : elements) {
            if (!(e instanceof ElementPathBlock block)) {
                return null;
            }
            triples.addAll(block.getPattern().getList());
        }
        return triples.isEmpty() ? null : triples;
    }

    /** Whether all variables and renamed data IRIs of the pattern are linked through its triples. */
    static boolean connected(List<TriplePath> triples) {
        Map<Node, Node> parent = new HashMap<>();
        for (TriplePath t : triples) {
            List<Node> joins = nodes(t).stream().filter(ExpectedCounts::isJoinNode).toList();
            joins.forEach(n -> parent.putIfAbsent(n, n));
            for (int i = 1; i < joins.size(); i++) {
                parent.put(root(parent, joins.get(i)), root(parent, joins.get(0)));
            }
        }
        Set<Node> roots = new HashSet<>();
        parent.keySet().forEach(n -> roots.add(root(parent, n)));
        return roots.size() <= 1;
    }

    private static Node root(Map<Node, Node> parent, Node n) {
        Node r = n;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    /**
     * The subject and object of a pattern; the object of {@code rdf:type} is left out, as classes (like
     * properties, also left out) are ontology terms shared by all copies and link nothing.
     */
    private static List<Node> nodes(TriplePath t) {
        boolean typePattern = t.isTriple() && RDF.Nodes.type.equals(t.getPredicate());
        return typePattern ? List.of(t.getSubject()) : List.of(t.getSubject(), t.getObject());
    }

    private static boolean isJoinNode(Node n) {
        return n.isVariable() || isDataConstant(n);
    }

    private static boolean isDataConstant(Node n) {
        return (n.isURI() && LubmScaler.isRenamed(n.getURI()))
                || (n.isLiteral() && LubmScaler.isRenamed(n.getLiteralLexicalForm()));
    }
}
