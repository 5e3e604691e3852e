package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.sikg.query.KgDatasets;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.query.QueryFiles;
import org.w3id.sikg.vocab.SIKG;

/**
 * What the tests expect pages to show, read from the store directly (walking its quads, not through the web module's
 * queries): the name of every SIKG term by the documented rule (an asserted English skos:prefLabel, else an
 * asserted English rdfs:label, else the local name), the answers of a competency question, and the links of a page.
 */
final class ArticleNames {

    private static final Pattern LINK = Pattern.compile("<a href=\"(/id/[^\"#?]+|/ontology#[^\"]+)\" title=\"([^\"]+)\""
            + "[^>]*>([^<]*)</a>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|amp|lt|gt|quot);");

    private final Map<Node, String> names = new HashMap<>();
    private final Map<Node, String> locators = new HashMap<>();

    ArticleNames(DatasetGraph ds) {
        Map<Node, Integer> ranks = new HashMap<>();
        Node inferred = NodeFactory.createURI(SIKG.GRAPH_INFERRED);
        Node locator = NodeFactory.createURI(SIKG.NS + "locator");
        Txn.executeRead(ds, () -> ds.find().forEachRemaining(q -> {
            if (q.getPredicate().equals(locator) && q.getObject().isLiteral()) {
                locators.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
            }
            consider(q, inferred, ranks);
        }));
    }

    /** The section locator of {@code iri} ("§2.1"), shown instead of its name where pages cite sections; or null. */
    String locator(String iri) {
        return locators.get(NodeFactory.createURI(iri));
    }

    private void consider(Quad q, Node inferred, Map<Node, Integer> ranks) {
        Node o = q.getObject();
        if (q.getGraph().equals(inferred) || !o.isLiteral()) {
            return;
        }
        String lang = o.getLiteralLanguage();
        boolean english = lang.isEmpty() || lang.toLowerCase().startsWith("en");
        int rank = q.getPredicate().equals(SKOS.prefLabel.asNode()) ? 0
                : q.getPredicate().equals(RDFS.label.asNode()) ? 2 : -1;
        if (rank < 0 || !english) {
            return;
        }
        rank += lang.isEmpty() ? 1 : 0;
        String text = o.getLiteralLexicalForm().strip();
        Integer old = ranks.get(q.getSubject());
        if (old == null || rank < old || rank == old && text.compareTo(names.get(q.getSubject())) < 0) {
            ranks.put(q.getSubject(), rank);
            names.put(q.getSubject(), text);
        }
    }

    /** The name pages must give {@code iri}. */
    String of(String iri) {
        String label = names.get(NodeFactory.createURI(iri));
        if (label != null) {
            return label;
        }
        for (String ns : new String[] {SIKG.ID_NS, SIKG.NS}) {
            if (iri.startsWith(ns)) {
                return iri.substring(ns.length());
            }
        }
        throw new IllegalArgumentException("not a SIKG IRI: " + iri);
    }

    /** A link of a page: the IRI in its title and the text shown (HTML entities decoded). */
    record Link(String iri, String text) {
    }

    /** Every link of {@code html} to a SIKG entity page or ontology term. */
    static List<Link> links(String html) {
        List<Link> out = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            out.add(new Link(unescape(m.group(2)), unescape(m.group(3)).strip()));
        }
        return out;
    }

    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                default -> String.valueOf((char) Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The first column of a competency question's answers over the store with reasoning, as lexical forms. */
    static List<String> firstColumn(DatasetGraph store, java.nio.file.Path cq) {
        Query query = QueryFiles.read(cq);
        DatasetGraph ds = KgDatasets.view(store, KgView.ALL);
        return Txn.calculateRead(ds, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(ds).query(query).build()) {
                RowSet rs = exec.select();
                var first = rs.getResultVars().get(0);
                rs.forEachRemaining(b -> out.add(b.get(first).getLiteralLexicalForm()));
            }
            return out;
        });
    }
}
