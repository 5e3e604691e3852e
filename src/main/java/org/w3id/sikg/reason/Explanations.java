package org.w3id.sikg.reason;

import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.reason.FactSources.FactSource;
import org.w3id.sikg.vocab.Prefixes;
import org.w3id.sikg.vocab.SIKG;

/**
 * Why the statements of a SIKG store hold: the store's asserted graphs (every graph but
 * {@code graph/inferred}) materialised again, with derivations, by the rules they were loaded with; each explanation
 * goes down to asserted facts with their fact graph, data file and line and article sections ({@link FactSources}).
 * Behind {@code sikg explain} and the server's {@code /explain}. Thread-safe once built.
 */
public final class Explanations {

    private static final Logger LOG = LoggerFactory.getLogger(Explanations.class);

    /** What the knowledge graph says about a statement. */
    public sealed interface Answer permits Inferred, Asserted, Absent {
    }

    /** The statement is inferred (and not asserted): its derivation. */
    public record Inferred(Explanation explanation) implements Answer {
    }

    /** The statement is asserted: where. */
    public record Asserted(List<FactSource> sources) implements Answer {
    }

    /**
     * The statement does not hold.
     *
     * @param storedAsInferred the store's inferred graph has it although the rules do not derive it: the store was
     *     built from other rules or sources and is stale
     */
    public record Absent(boolean storedAsInferred) implements Answer {
    }

    private final DatasetGraph store;
    private final Materialisation materialisation;
    private final FactSources facts;

    private Explanations(DatasetGraph store, Materialisation materialisation, FactSources facts) {
        this.store = store;
        this.materialisation = materialisation;
        this.facts = facts;
    }

    /** Materialises the asserted graphs of {@code store} (in a read transaction) with {@code rules}. */
    public static Explanations of(DatasetGraph store, RuleSet rules) {
        long start = System.nanoTime();
        Materialisation m = store.calculateRead(() -> new Materialiser(rules).materialise(store));
        FactSources facts = FactSources.read(store);
        LOG.info("explanations ready: {} asserted triples materialised again ({} inferred) in {} ms",
                m.stats().asserted(), m.stats().inferred(), (System.nanoTime() - start) / 1_000_000);
        warnIfOtherRules(store, m);
        return new Explanations(store, m, facts);
    }

    /** Warns when the rules derive another number of triples than the store's inferred graph holds. */
    private static void warnIfOtherRules(DatasetGraph store, Materialisation m) {
        long derived = m.inferred().find().filterDrop(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .toList().size();
        long stored = store.calculateRead(() -> store.getGraph(NodeFactory.createURI(SIKG.GRAPH_INFERRED)).size());
        if (derived != stored) {
            LOG.warn("the store's inferred graph has {} triples but the rules derive {}: the store was built from "
                    + "other rules or sources, so some explanations may be missing (run sikg load)", stored, derived);
        }
    }

    /** What the knowledge graph says about {@code triple}. */
    public Answer explain(Triple triple) {
        if (materialisation.isInferred(triple)) {
            return new Inferred(materialisation.explain(triple, facts.forExplanations()).orElseThrow());
        }
        List<FactSource> sources = facts.of(triple);
        if (!sources.isEmpty()) {
            return new Asserted(sources);
        }
        return new Absent(store.calculateRead(() -> store.contains(NodeFactory.createURI(SIKG.GRAPH_INFERRED),
                triple.getSubject(), triple.getPredicate(), triple.getObject())));
    }

    /** The derivation of an inferred statement in {@code rendering} (SIKG's prefixes), or empty when not inferred. */
    public Optional<String> render(Triple triple, ExplanationRendering rendering) {
        return explain(triple) instanceof Inferred inferred
                ? Optional.of(rendering.render(inferred.explanation(), Prefixes.prefixMapping()))
                : Optional.empty();
    }

    /** Figures of the materialisation behind the explanations. */
    public Materialisation.Stats stats() {
        return materialisation.stats();
    }
}
