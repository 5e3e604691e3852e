package org.w3id.sikg.reason;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * Renders an {@link Explanation} as JSON. Each step is an object with an {@code id}, the triple
 * ({@code subject}/{@code predicate}/{@code object} in N-Triples form), and either {@code "asserted": true} with its
 * {@code sources}, or the {@code rule}, its {@code ruleLocation} and the {@code premises}. A step that occurs again is
 * written as {@code {"ref": id}}:
 *
 * <pre>{"id":1,"subject":"&lt;…&gt;","predicate":"&lt;…&gt;","object":"&lt;…&gt;","rule":"cax-sco",
 *  "ruleLocation":"ontology/rules/owl2rl.rules:12","premises":[{"id":2,…,"asserted":true,"sources":[…]}]}</pre>
 */
public final class ExplanationJson {

    private ExplanationJson() {
    }

    public static JsonObject toJson(Explanation explanation) {
        return write(explanation, new IdentityHashMap<>());
    }

    public static String render(Explanation explanation) {
        return toJson(explanation).toString();
    }

    private static JsonObject write(Explanation e, Map<Explanation, Integer> ids) {
        JsonObject obj = new JsonObject();
        Integer known = ids.get(e);
        if (known != null) {
            obj.put("ref", known);
            return obj;
        }
        int id = ids.size() + 1;
        ids.put(e, id);
        obj.put("id", id);
        obj.put("subject", term(e.triple().getSubject()));
        obj.put("predicate", term(e.triple().getPredicate()));
        obj.put("object", term(e.triple().getObject()));
        if (e.asserted()) {
            obj.put("asserted", true);
            JsonArray sources = new JsonArray();
            e.sources().forEach(sources::add);
            obj.put("sources", sources);
        } else {
            obj.put("rule", e.rule());
            obj.put("ruleLocation", e.ruleLocation());
            JsonArray premises = new JsonArray();
            e.premises().forEach(p -> premises.add(write(p, ids)));
            obj.put("premises", premises);
        }
        return obj;
    }

    private static String term(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
