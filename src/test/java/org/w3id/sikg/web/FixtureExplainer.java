package org.w3id.sikg.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * A test stand-in for the reasoner's explanations, backed by {@code src/test/resources/web/explanations.json}: each
 * entry gives a triple and its derivation as text, JSON and Turtle.
 */
final class FixtureExplainer implements Explainer {

    private final Map<Triple, JsonObject> entries = new HashMap<>();

    FixtureExplainer(String resource) {
        try (InputStream in = FixtureExplainer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            JsonArray array = JSON.parseAny(in).getAsArray();
            for (JsonValue v : array) {
                JsonObject o = v.getAsObject();
                entries.put(Triple.create(uri(o, "s"), uri(o, "p"), uri(o, "o")), o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The triples this fixture explains. */
    List<Triple> triples() {
        return List.copyOf(entries.keySet());
    }

    @Override
    public Optional<String> explain(Triple triple, ExplanationFormat format) {
        JsonObject o = entries.get(triple);
        if (o == null) {
            return Optional.empty();
        }
        return Optional.of(switch (format) {
            case TEXT -> o.get("text").getAsString().value();
            case JSON -> o.get("json").toString();
            case TURTLE -> o.get("turtle").getAsString().value();
        });
    }

    private static Node uri(JsonObject o, String key) {
        return NodeFactory.createURI(o.get(key).getAsString().value());
    }
}
