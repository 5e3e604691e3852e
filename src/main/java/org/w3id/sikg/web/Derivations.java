package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.w3id.sikg.vocab.SIKG;
import org.w3id.sikg.web.ResourcePage.SourceView;

/**
 * The reasoner's derivation of an inferred statement as a page shows it: a tree of steps, each a statement named by
 * preferred labels, either inferred by a rule from premises (the steps below it) or asserted, with the article
 * sections of its fact graphs as links ({@link Provenance}). Read from the reasoner's JSON rendering
 * ({@code org.w3id.sikg.reason.ExplanationJson}: {@code id}, {@code subject}/{@code predicate}/{@code object} in
 * N-Triples, then {@code rule}, {@code ruleLocation}, {@code premises}, or {@code asserted} and {@code sources};
 * {@code {"ref": id}} for a step already shown).
 */
final class Derivations {

    /** Deeper steps are cut off (with a note) so that a pathological derivation cannot exhaust the page. */
    static final int MAX_DEPTH = 40;
    private static final String DATA_FILE_PREFIX = "data/";

    private final Site site;
    private final Provenance provenance;

    Derivations(Site site, Provenance provenance) {
        this.site = site;
        this.provenance = provenance;
    }

    /** The derivation in {@code json}, or empty when it is not the reasoner's JSON rendering. */
    Optional<Step> read(String json) {
        JsonValue root;
        try {
            root = JSON.parseAny(json);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!root.isObject() || !root.getAsObject().hasKey("subject")) {
            return Optional.empty();
        }
        return Optional.of(step(root.getAsObject(), new HashMap<>(), 0));
    }

    private Step step(JsonObject o, Map<Integer, Triple> seen, int depth) {
        if (o.hasKey("ref")) {
            int ref = number(o.get("ref"));
            Triple t = seen.get(ref);
            return new Step(ref, t == null ? null : site.term(t.getSubject()), t == null ? null
                    : site.term(t.getPredicate()), t == null ? null : site.term(t.getObject()), false, true, null,
                    null, List.of(), List.of(), List.of(), false, t == null ? null : Links.explainHref(t));
        }
        int id = o.hasKey("id") ? number(o.get("id")) : seen.size() + 1;
        Triple t = Triple.create(node(o, "subject"), node(o, "predicate"), node(o, "object"));
        seen.put(id, t);
        boolean asserted = o.hasKey("asserted") && o.get("asserted").isBoolean()
                && o.get("asserted").getAsBoolean().value();
        List<TermView> citations = new ArrayList<>();
        List<String> other = new ArrayList<>();
        List<Step> premises = new ArrayList<>();
        boolean cut = false;
        if (asserted) {
            sources(o, citations, other);
        } else if (o.hasKey("premises") && o.get("premises").isArray()) {
            if (depth >= MAX_DEPTH) {
                cut = true;
            } else {
                for (JsonValue p : o.get("premises").getAsArray()) {
                    if (p.isObject()) {
                        premises.add(step(p.getAsObject(), seen, depth + 1));
                    }
                }
            }
        }
        return new Step(id, site.term(t.getSubject()), site.term(t.getPredicate()), site.term(t.getObject()),
                asserted, false, string(o, "rule"), string(o, "ruleLocation"), citations, other, premises, cut,
                Links.explainHref(t));
    }

    /**
     * The sources of an asserted step: fact graphs become their sections (or cited sources) and data file:line; the
     * ontology graph becomes a link to the ontology; any other source is shown as the reasoner wrote it.
     */
    private void sources(JsonObject o, List<TermView> citations, List<String> other) {
        if (!o.hasKey("sources") || !o.get("sources").isArray()) {
            return;
        }
        List<String> raw = new ArrayList<>();
        o.get("sources").getAsArray().forEach(v -> raw.add(v.isString() ? v.getAsString().value() : v.toString()));
        List<Node> graphs = raw.stream().filter(s -> s.startsWith(SIKG.GRAPH_NS)).map(NodeFactory::createURI)
                .toList();
        Map<Node, SourceView> views = provenance.of(graphs);
        for (String s : raw) {
            Node g = s.startsWith(SIKG.GRAPH_NS) ? NodeFactory.createURI(s) : null;
            SourceView v = g == null ? null : views.get(g);
            if (v != null) {
                v.citations().stream().filter(c -> !citations.contains(c)).forEach(citations::add);
                if (v.file() != null) {
                    other.add(v.file() + (v.line() == null ? "" : ":" + v.line()));
                }
            } else if (s.equals(SIKG.GRAPH_ONTOLOGY)) {
                TermView ontology = new TermView("the ontology", Links.ONTOLOGY_PATH, SIKG.ONTOLOGY_IRI, null, null,
                        false, false);
                if (!citations.contains(ontology)) {
                    citations.add(ontology);
                }
            } else if (!(s.startsWith(DATA_FILE_PREFIX) && !views.isEmpty()) && !other.contains(s)) {
                other.add(s);
            }
        }
    }

    private static Node node(JsonObject o, String key) {
        String s = string(o, key);
        if (s == null) {
            return NodeFactory.createLiteralString("?");
        }
        try {
            return NodeFactoryExtra.parseNode(s);
        } catch (RuntimeException e) {
            return NodeFactory.createLiteralString(s);
        }
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v == null ? null : v.isString() ? v.getAsString().value() : v.toString();
    }

    private static int number(JsonValue v) {
        return v.isNumber() ? v.getAsNumber().value().intValue() : -1;
    }

    /**
     * One step of a derivation.
     *
     * @param id its number (steps that recur refer to it)
     * @param subject the statement's subject (null for a reference to an unknown step)
     * @param property its predicate
     * @param value its object
     * @param asserted whether it is a fact (a leaf of the derivation)
     * @param repeat whether it was derived above already (shown as a reference to step {@code id})
     * @param rule the rule that concluded it, for inferred steps
     * @param ruleLocation where the rule is written (file:line)
     * @param citations for asserted steps: the article sections (or cited sources) of its facts, linked
     * @param sources for asserted steps: data files and lines, and sources the page cannot link
     * @param premises for inferred steps: the steps it was concluded from
     * @param cut whether its premises were left out (too deep)
     * @param explainHref this step's own explanation page, or null
     */
    public record Step(int id, TermView subject, TermView property, TermView value, boolean asserted, boolean repeat,
            String rule, String ruleLocation, List<TermView> citations, List<String> sources, List<Step> premises,
            boolean cut, String explainHref) {

        public boolean hasPremises() {
            return !premises.isEmpty();
        }

        public boolean inferred() {
            return !asserted && !repeat;
        }
    }
}
