package org.w3id.sikg.reason;

import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.w3id.sikg.vocab.PROV;
import org.w3id.sikg.vocab.SIKGR;

/**
 * Renders an {@link Explanation} in PROV-O: each triple of the explanation is a reified {@code rdf:Statement} that is
 * also a {@code prov:Entity}. A derived one {@code prov:wasDerivedFrom} its premises and {@code prov:wasGeneratedBy} a
 * rule application ({@code prov:Activity}) that {@code prov:used} the premises under a
 * {@code prov:qualifiedAssociation} whose {@code prov:hadPlan} is the rule ({@code sikgr}-rule IRI, labelled with its
 * name and location). An asserted one {@code prov:hadPrimarySource} each source that is an IRI (other sources become
 * {@code rdfs:comment}s: data file and line, section locators).
 */
public final class ExplanationProv {

    private static final Node ENTITY = PROV.Entity.asNode();
    private static final Node ACTIVITY = PROV.Activity.asNode();
    private static final Node ASSOCIATION = PROV.Association.asNode();
    private static final Node PLAN = PROV.Plan.asNode();
    private static final Node SOFTWARE_AGENT = PROV.SoftwareAgent.asNode();
    private static final Node WAS_DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node WAS_GENERATED_BY = PROV.wasGeneratedBy.asNode();
    private static final Node USED = PROV.used.asNode();
    private static final Node QUALIFIED_ASSOCIATION = PROV.qualifiedAssociation.asNode();
    private static final Node AGENT = PROV.agent.asNode();
    private static final Node HAD_PLAN = PROV.hadPlan.asNode();
    private static final Node HAD_PRIMARY_SOURCE = PROV.hadPrimarySource.asNode();
    /** The SIKG reasoner, as the agent of every rule application. */
    public static final Node REASONER = uri(SIKGR.NS + "reasoner");

    private ExplanationProv() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    /** The explanation as a PROV-O graph (blank nodes for statements and activities). */
    public static Graph toGraph(Explanation explanation) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefix(PROV.PREFIX, PROV.NS).setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI()).setNsPrefix(SIKGR.PREFIX, SIKGR.NS)
                .setNsPrefix("rule", SIKGR.RULE_NS);
        g.add(REASONER, RDF.type.asNode(), SOFTWARE_AGENT);
        write(explanation, g, new IdentityHashMap<>());
        return g;
    }

    /** The explanation as Turtle. */
    public static String render(Explanation explanation) {
        return render(explanation, PrefixMapping.Standard);
    }

    /** The explanation as Turtle, with {@code prefixes} declared besides PROV's own. */
    public static String render(Explanation explanation, PrefixMapping prefixes) {
        Graph g = toGraph(explanation);
        prefixes.getNsPrefixMap().forEach((prefix, ns) -> {
            if (g.getPrefixMapping().getNsPrefixURI(prefix) == null) {
                g.getPrefixMapping().setNsPrefix(prefix, ns);
            }
        });
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, g, Lang.TURTLE);
        return out.toString();
    }

    /** Whether a source is an absolute IRI (a fact graph), not a file:line or a section locator. */
    static boolean isAbsoluteIri(String source) {
        if (source.isEmpty() || source.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            return false;
        }
        try {
            return IRIx.create(source).isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }

    private static Node write(Explanation e, Graph g, Map<Explanation, Node> done) {
        Node known = done.get(e);
        if (known != null) {
            return known;
        }
        Node stmt = NodeFactory.createBlankNode();
        done.put(e, stmt);
        Triple t = e.triple();
        g.add(stmt, RDF.type.asNode(), RDF.Statement.asNode());
        g.add(stmt, RDF.type.asNode(), ENTITY);
        g.add(stmt, RDF.subject.asNode(), t.getSubject());
        g.add(stmt, RDF.predicate.asNode(), t.getPredicate());
        g.add(stmt, RDF.object.asNode(), t.getObject());
        if (e.asserted()) {
            for (String source : e.sources()) {
                boolean iri = isAbsoluteIri(source);
                g.add(stmt, iri ? HAD_PRIMARY_SOURCE : RDFS.comment.asNode(),
                        iri ? uri(source) : NodeFactory.createLiteralString(source));
            }
            return stmt;
        }
        Node activity = NodeFactory.createBlankNode();
        Node association = NodeFactory.createBlankNode();
        Node rule = uri(SIKGR.RULE_NS + e.rule());
        g.add(stmt, WAS_GENERATED_BY, activity);
        g.add(activity, RDF.type.asNode(), ACTIVITY);
        g.add(activity, QUALIFIED_ASSOCIATION, association);
        g.add(association, RDF.type.asNode(), ASSOCIATION);
        g.add(association, AGENT, REASONER);
        g.add(association, HAD_PLAN, rule);
        g.add(rule, RDF.type.asNode(), PLAN);
        g.add(rule, RDFS.label.asNode(), NodeFactory.createLiteralString(e.rule()));
        g.add(rule, RDFS.comment.asNode(), NodeFactory.createLiteralString("rule at " + e.ruleLocation()));
        for (Explanation premise : e.premises()) {
            Node p = write(premise, g, done);
            g.add(stmt, WAS_DERIVED_FROM, p);
            g.add(activity, USED, p);
        }
        return stmt;
    }
}
