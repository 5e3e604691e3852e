package org.w3id.sikg.reason;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;

/**
 * Renders an {@link Explanation} as an indented tree, one triple per line, e.g.
 *
 * <pre>
 * ex:a rdf:type ex:C   [cax-sco]
 *   ex:B rdfs:subClassOf ex:C   (asserted: graph/fact/x/1)
 *   ex:a rdf:type ex:B   (asserted)
 * </pre>
 *
 * A derivation that appears twice is expanded the first time and marked {@code (see above)} after that.
 */
public final class ExplanationText {

    private ExplanationText() {
    }

    public static String render(Explanation explanation) {
        return render(explanation, PrefixMapping.Standard);
    }

    public static String render(Explanation explanation, PrefixMapping prefixes) {
        StringBuilder out = new StringBuilder();
        write(explanation, prefixes, 0, out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out.toString();
    }

    private static void write(Explanation e, PrefixMapping prefixes, int depth, StringBuilder out,
            java.util.Set<Explanation> done) {
        out.append("  ".repeat(depth)).append(triple(e.triple(), prefixes)).append("   ");
        if (e.asserted()) {
            out.append("(asserted").append(e.sources().isEmpty() ? "" : ": " + String.join(", ", e.sources()))
                    .append(")\n");
            return;
        }
        boolean repeated = !e.premises().isEmpty() && !done.add(e);
        out.append('[').append(e.rule()).append(']').append(repeated ? " (see above)" : "").append('\n');
        if (!repeated) {
            for (Explanation p : e.premises()) {
                write(p, prefixes, depth + 1, out, done);
            }
        }
    }

    /** A triple in Turtle-like form with prefixed names. */
    public static String triple(Triple t, PrefixMapping prefixes) {
        return node(t.getSubject(), prefixes) + " " + node(t.getPredicate(), prefixes) + " "
                + node(t.getObject(), prefixes);
    }

    /** A term in Turtle form, IRIs abbreviated with {@code prefixes} where possible. */
    public static String node(Node n, PrefixMapping prefixes) {
        if (n.isURI()) {
            String qname = prefixes.qnameFor(n.getURI());
            return qname != null ? qname : "<" + n.getURI() + ">";
        }
        return NodeFmtLib.str(n, PrefixMapFactory.create(prefixes));
    }

    /** Standard prefixes plus those given, for rendering. */
    public static PrefixMapping prefixes(Map<String, String> extra) {
        PrefixMapping pm = PrefixMapping.Factory.create().setNsPrefixes(PrefixMapping.Standard);
        pm.setNsPrefixes(extra);
        return pm.lock();
    }
}
