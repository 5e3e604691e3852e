package org.w3id.sikg.reason;

import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.vocab.SIKG;

/**
 * Materialises the closure of a graph under a {@link RuleSet}: semi-naive forward chaining over dictionary-encoded
 * triples in memory. Usage:
 *
 * <pre>{@code
 * Materialisation m = new Materialiser(RuleSet.owl2rl()).materialise(ontologyPlusData);
 * Graph inferred = m.inferred();            // only the new triples
 * m.clashes();                              // inconsistencies (OWL 2 RL "false" rules)
 * m.explain(triple).map(ExplanationText::render);
 * }</pre>
 *
 * A materialiser is immutable and can be reused; each call works on its own copy of the input.
 */
public final class Materialiser {

    private static final Logger LOG = LoggerFactory.getLogger(Materialiser.class);

    /**
     * Typed settings.
     *
     * @param recordDerivations record the premises of each inferred triple's first derivation, for
     *        {@link Materialisation#explain}; default {@code true} (costs a little time and memory)
     * @param threads worker threads per round; default 1. Results do not depend on it
     * @param maxRounds stop with REASON-002 after this many rounds; default 100,000
     * @param maxInferred stop with REASON-002 after this many inferred triples; default 100,000,000
     */
    public record Settings(boolean recordDerivations, int threads, int maxRounds, long maxInferred) {

        /** The documented defaults. */
        public static final Settings DEFAULTS = new Settings(true, 1, 100_000, 100_000_000L);

        public Settings {
            if (threads < 1 || maxRounds < 1 || maxInferred < 1) {
                throw new IllegalArgumentException("threads, maxRounds and maxInferred must be positive");
            }
        }

        public Settings withRecordDerivations(boolean record) {
            return new Settings(record, threads, maxRounds, maxInferred);
        }

        public Settings withThreads(int n) {
            return new Settings(recordDerivations, n, maxRounds, maxInferred);
        }
    }

    private final RuleSet rules;
    private final Settings settings;

    public Materialiser(RuleSet rules) {
        this(rules, Settings.DEFAULTS);
    }

    public Materialiser(RuleSet rules, Settings settings) {
        this.rules = rules;
        this.settings = settings;
    }

    /** Materialises one graph (ontology and data together). */
    public Materialisation materialise(Graph graph) {
        return materialise(graph.find(), graph.size());
    }

    /** Materialises ontology and data together, streamed without building a union graph. */
    public Materialisation materialise(Graph ontology, Graph data) {
        return materialise(org.apache.jena.atlas.iterator.Iter.concat(ontology.find(), data.find()),
                ontology.size() + data.size());
    }

    /**
     * Materialises the union of a dataset's graphs (default graph and every named graph except the inferred graph
     * {@link SIKG#GRAPH_INFERRED}), streamed without building a union graph.
     */
    public Materialisation materialise(DatasetGraph dataset) {
        Node inferred = org.apache.jena.graph.NodeFactory.createURI(SIKG.GRAPH_INFERRED);
        Iterator<Triple> triples = org.apache.jena.atlas.iterator.Iter.map(
                org.apache.jena.atlas.iterator.Iter.filter(dataset.find(), q -> !inferred.equals(q.getGraph())),
                Quad::asTriple);
        return materialise(triples, 1 << 16);
    }

    /** Materialises a stream of triples (duplicates are ignored); {@code sizeHint} presizes the store. */
    public Materialisation materialise(Iterator<Triple> triples, int sizeHint) {
        long start = System.nanoTime();
        NodeDictionary dictionary = new NodeDictionary(Math.max(64, sizeHint / 2));
        List<Problem> problems = new java.util.ArrayList<>();
        List<CompiledRule> compiled = new RuleCompiler(dictionary).compileAll(rules.rules(), problems);
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        TripleStore store = new TripleStore(Math.max(1024, sizeHint / 2 * 5));
        while (triples.hasNext()) {
            Triple t = triples.next();
            store.add(dictionary.encode(t.getSubject()), dictionary.encode(t.getPredicate()),
                    dictionary.encode(t.getObject()));
        }
        int asserted = store.size();
        long loaded = System.nanoTime();
        RulePlans plans = new RulePlans(compiled, new PredicateStats(store));
        SemiNaiveEngine engine = new SemiNaiveEngine(store, dictionary, compiled, plans, settings, asserted);
        addAxioms(engine, compiled);
        engine.run();
        long done = System.nanoTime();
        LOG.debug("encoded {} triples in {} ms, fixpoint after {} rounds in {} ms, {} triples in all", asserted,
                (loaded - start) / 1_000_000, engine.rounds(), (done - loaded) / 1_000_000, store.size());
        return new Materialisation(dictionary, store, compiled, engine, asserted, done - start);
    }

    private static void addAxioms(SemiNaiveEngine engine, List<CompiledRule> compiled) {
        for (CompiledRule rule : compiled) {
            if (rule.body.length == 0) {
                for (int[] h : rule.head) {
                    engine.addAxiom(rule, h[0], h[1], h[2]);
                }
            }
        }
    }
}
