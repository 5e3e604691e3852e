package org.w3id.sikg.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Deterministic LUBM(N) scaler: replicates the University0 data N times with renamed IRIs.
 *
 * <p>Rule: copy 0 is University0 unchanged. In copy {@code k} (1 ≤ k < N) every token {@code University<j>.edu}
 * (a host name of the UBA data) becomes {@code University<k·1000 + j>.edu}, wherever it occurs: in IRIs
 * ({@code http://www.University0.edu}, {@code http://www.Department3.University0.edu/GraduateStudent7},
 * {@code http://www.University84.edu}) and in literals (e-mail addresses such as
 * {@code "Lecturer2@Department3.University0.edu"}). Blank nodes (none in the UBA data) get a per-copy label.
 * Ontology terms ({@code univ-bench.owl#...}) and other literals ({@code "GraduateStudent7"}) are shared by all
 * copies, as in UBA-generated data.
 *
 * <p>Why: UBA's University0 data names the universities 0–999 (degrees from other universities), so the offset
 * 1000 makes the N copies pairwise disjoint in every individual, including the universities they cite. The union
 * is then N isomorphic, unconnected copies sharing only the ontology, so (1) its size is exactly N × the
 * University0 triples, (2) its OWL 2 RL closure is the union of the copies' closures (univ-bench has no
 * functional, inverse-functional or sameAs axioms that could join copies through shared literals), and (3) a
 * connected query that names no data IRI has exactly N × the University0 answers, while a query that names a
 * University0 IRI (which only copy 0 keeps) has exactly the University0 answers. See {@link ExpectedCounts}.
 */
public final class LubmScaler {

    /** Offset between copies: larger than any university number in the UBA University0 data (0–999). */
    public static final int UNIVERSITY_BLOCK = 1000;

    /** A UBA host token; group 1 is the university number. */
    static final Pattern UNIVERSITY_TOKEN = Pattern.compile("\\bUniversity(\\d+)\\.edu\\b");

    private LubmScaler() {
    }

    /** The union of {@code copies} renamed copies of {@code university0} (copy 0 unchanged). */
    public static Graph scale(Graph university0, int copies) {
        if (copies < 1) {
            throw new IllegalArgumentException("scale must be at least 1, got " + copies);
        }
        Graph out = GraphFactory.createGraphMem();
        for (int k = 0; k < copies; k++) {
            int copy = k;
            university0.find().forEachRemaining(t -> out.add(rename(t, copy)));
        }
        return out;
    }

    /** The triple as it appears in copy {@code copy}. */
    public static Triple rename(Triple t, int copy) {
        if (copy == 0) {
            return t;
        }
        return Triple.create(rename(t.getSubject(), copy), rename(t.getPredicate(), copy),
                rename(t.getObject(), copy));
    }

    /** The node as it appears in copy {@code copy}. */
    public static Node rename(Node n, int copy) {
        if (copy == 0) {
            return n;
        }
        if (n.isURI()) {
            String iri = n.getURI();
            String renamed = renameTokens(iri, copy);
            return renamed.equals(iri) ? n : NodeFactory.createURI(renamed);
        }
        if (n.isLiteral()) {
            String lex = n.getLiteralLexicalForm();
            String renamed = renameTokens(lex, copy);
            if (renamed.equals(lex)) {
                return n;
            }
            String lang = n.getLiteralLanguage();
            return lang.isEmpty() ? NodeFactory.createLiteralDT(renamed, n.getLiteralDatatype())
                    : NodeFactory.createLiteralLang(renamed, lang);
        }
        if (n.isBlank()) {
            return NodeFactory.createBlankNode(n.getBlankNodeLabel() + "-copy" + copy);
        }
        return n;
    }

    /** Whether a string (IRI or lexical form) contains a UBA host token, i.e. is renamed by the scaler. */
    public static boolean isRenamed(String s) {
        return UNIVERSITY_TOKEN.matcher(s).find();
    }

    static String renameTokens(String s, int copy) {
        Matcher m = UNIVERSITY_TOKEN.matcher(s);
        if (!m.find()) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        do {
            int j = Integer.parseInt(m.group(1));
            if (j >= UNIVERSITY_BLOCK) {
                throw new IllegalArgumentException("University" + j + " is outside the UBA range 0-"
                        + (UNIVERSITY_BLOCK - 1) + " the scaler assumes, in: " + s);
            }
            m.appendReplacement(sb, "University" + ((long) copy * UNIVERSITY_BLOCK + j) + ".edu");
        } while (m.find());
        m.appendTail(sb);
        return sb.toString();
    }
}
