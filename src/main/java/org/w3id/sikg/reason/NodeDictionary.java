package org.w3id.sikg.reason;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * Dictionary encoding of RDF terms: every distinct {@link Node} gets a dense non-negative int id, in order of first
 * appearance. The engine works on ids only; nodes are decoded for builtins and for the output.
 *
 * <p>Thread-safety: {@link #encode} and {@link #lookup} are synchronized (builtins of parallel workers may encode
 * computed values). {@link #decode} takes no lock: it reads a published array, which is safe for every id a reader
 * can hold (ids of triples in the frozen store, published to workers when a round starts, or ids the reader encoded
 * itself).
 */
final class NodeDictionary {

    private final Map<Node, Integer> ids;
    private volatile Node[] nodes;
    private int size;

    NodeDictionary(int expected) {
        ids = new HashMap<>(Math.max(16, expected * 4 / 3));
        nodes = new Node[Math.max(16, expected)];
    }

    /** The id of {@code node}, assigning the next free id when it is new. */
    synchronized int encode(Node node) {
        Integer id = ids.get(node);
        if (id != null) {
            return id;
        }
        int next = size;
        Node[] array = nodes;
        if (next == array.length) {
            array = Arrays.copyOf(array, array.length * 2);
        }
        array[next] = node;
        ids.put(node, next);
        size = next + 1;
        nodes = array;
        return next;
    }

    /** The id of {@code node}, or -1 when the dictionary has never seen it. */
    synchronized int lookup(Node node) {
        Integer id = ids.get(node);
        return id == null ? -1 : id;
    }

    Node decode(int id) {
        return nodes[id];
    }

    synchronized int size() {
        return size;
    }
}
