package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The alliance network read from the store ({@code network-edges.rq}): states, alliances and institutions, and the
 * hub-spoke, allied-with, party and membership edges between them, each asserted or inferred. An inferred edge is
 * kept only between nodes that some asserted edge already brings in, so conclusions about imported data do not
 * flood the picture.
 */
final class NetworkData {

    /** The role of a node, from the edges it has; earlier roles win. */
    enum Role { HUB, SPOKE, ALLIANCE, INSTITUTION, ACTOR }

    /**
     * @param a one end (the hub, the state, the member)
     * @param b the other end (the spoke, the alliance, the institution)
     * @param kind spoke, allied, party, member or founded
     * @param relation for founded edges the property (launched, helped found, led): an asserted one when there is
     *     one; null for the other kinds
     * @param inferred whether only the inferred graph holds it
     */
    record Edge(Node a, Node b, String kind, Node relation, boolean inferred) {
    }

    private final Map<Node, Role> roles = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Reads the network from the store. */
    static NetworkData read(StoreQueries queries) {
        NetworkData data = new NetworkData();
        data.build(queries.select("network-edges", StoreQueries.params()));
        return data;
    }

    private void build(List<Binding> rows) {
        Map<List<Node>, Boolean> assertedByKey = new LinkedHashMap<>();
        Map<List<Node>, String> kinds = new LinkedHashMap<>();
        Map<List<Node>, Map<Node, Boolean>> relations = new LinkedHashMap<>();
        for (Binding b : rows) {
            Node a = b.get("a");
            Node other = b.get("b");
            String kind = b.get("kind").getLiteralLexicalForm();
            if (kind.equals("allied") && a.toString().compareTo(other.toString()) > 0) {
                Node t = a;
                a = other;
                other = t;
            }
            List<Node> key = List.of(a, other, b.get("kind"));
            boolean asserted = GraphKind.of(b.get("g")).asserted();
            assertedByKey.merge(key, asserted, Boolean::logicalOr);
            kinds.put(key, kind);
            Node rel = b.get("rel");
            if (rel != null) {
                relations.computeIfAbsent(key, k -> new TreeMap<>(Comparator.comparing(Node::toString)))
                        .merge(rel, asserted, Boolean::logicalOr);
            }
        }
        Set<Node> inScope = new LinkedHashSet<>();
        assertedByKey.forEach((k, asserted) -> {
            if (asserted) {
                inScope.add(k.get(0));
                inScope.add(k.get(1));
            }
        });
        assertedByKey.forEach((k, asserted) -> {
            if (asserted || inScope.contains(k.get(0)) && inScope.contains(k.get(1))) {
                Edge e = new Edge(k.get(0), k.get(1), kinds.get(k), relation(relations.get(k)), !asserted);
                edges.add(e);
                assignRoles(e);
            }
        });
    }

    /** An asserted relation if there is one, else any (the first by IRI, so the choice is stable). */
    private static Node relation(Map<Node, Boolean> relations) {
        if (relations == null || relations.isEmpty()) {
            return null;
        }
        return relations.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).findFirst()
                .orElse(relations.keySet().iterator().next());
    }

    private void assignRoles(Edge e) {
        switch (e.kind()) {
            case "spoke" -> {
                role(e.a(), Role.HUB);
                role(e.b(), Role.SPOKE);
            }
            case "party" -> {
                role(e.a(), Role.ACTOR);
                role(e.b(), Role.ALLIANCE);
            }
            case "member", "founded" -> {
                role(e.a(), Role.ACTOR);
                role(e.b(), Role.INSTITUTION);
            }
            default -> {
                role(e.a(), Role.ACTOR);
                role(e.b(), Role.ACTOR);
            }
        }
    }

    private void role(Node n, Role r) {
        roles.merge(n, r, (old, neu) -> old.ordinal() <= neu.ordinal() ? old : neu);
    }

    List<Edge> edges() {
        return edges;
    }

    /** The nodes with their roles, in the order first seen. */
    Map<Node, Role> roles() {
        return roles;
    }

}
