package org.w3id.sikg.reason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Dictionary encoding of RDF terms: every distinct {@link Node} gets a dense non-negative int id, in order of first
 * appearance. The engine works on ids only; nodes are decoded for builtins and for the output. Thread-safe (builtins
 * of parallel workers may encode computed values); the join loops never touch it.
 */
final class NodeDictionary {

    private final Map<Node, Integer> ids;
    private final List<Node> nodes;

    NodeDictionary(int expected) {
        ids = new HashMap<>(Math.max(16, expected * 4 / 3));
        nodes = new ArrayList<>(expected);
    }

    /** The id of {@code node}, assigning the next free id when it is new. */
    synchronized int encode(Node node) {
        Integer id = ids.get(node);
        if (id != null) {
            return id;
        }
        int next = nodes.size();
        ids.put(node, next);
        nodes.add(node);
        return next;
    }

    /** The id of {@code node}, or -1 when the dictionary has never seen it. */
    synchronized int lookup(Node node) {
        Integer id = ids.get(node);
        return id == null ? -1 : id;
    }

    synchronized Node decode(int id) {
        return nodes.get(id);
    }

    synchronized int size() {
        return nodes.size();
    }
}
