package org.w3id.sikg.reason;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.w3id.sikg.vocab.SIKGR;

/**
 * The result of {@link Materialiser#materialise}: the inferred triples, statistics, clashes and explanations.
 * Read-only after construction: {@link #explain}, {@link #holds} and the rest may be called from several threads
 * (e.g. concurrent HTTP explain requests); each explanation is built with its own memo.
 */
public final class Materialisation {

    /**
     * Figures of one materialisation.
     *
     * @param asserted distinct input triples
     * @param inferred new triples in {@link #inferred()}
     * @param auxiliary helper triples of list-walking rules, kept inside the engine
     * @param generalized inferred triples that are not RDF (a literal subject), kept inside the engine
     * @param rounds semi-naive rounds to the fixpoint
     * @param nanos wall time of the whole materialisation (encoding, rules, not building {@link #inferred()})
     * @param newTriplesByRule for each rule that added triples, how many (first derivations only)
     */
    public record Stats(int asserted, int inferred, int auxiliary, int generalized, int rounds, long nanos,
            Map<String, Long> newTriplesByRule) {

        /** Asserted plus inferred triples. */
        public int closure() {
            return asserted + inferred;
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }

    private final NodeDictionary dictionary;
    private final TripleStore store;
    private final List<CompiledRule> rules;
    private final SemiNaiveEngine engine;
    private final int asserted;
    private final boolean[] auxiliaryPredicate;
    private final Stats stats;
    private List<Clash> clashes;

    Materialisation(NodeDictionary dictionary, TripleStore store, List<CompiledRule> rules, SemiNaiveEngine engine,
            int asserted, long nanos) {
        this.dictionary = dictionary;
        this.store = store;
        this.rules = rules;
        this.engine = engine;
        this.asserted = asserted;
        this.auxiliaryPredicate = auxiliaryPredicates();
        this.stats = computeStats(nanos);
    }

    /** Predicates of auxiliary triples: in the sikgr: namespace, not IRIs, or RDF list cells (chain helpers). */
    private boolean[] auxiliaryPredicates() {
        boolean[] aux = new boolean[dictionary.size()];
        int first = dictionary.lookup(RDF.first.asNode());
        for (int i = 0; i < store.predicateCount(); i++) {
            int p = store.predicateAt(i);
            Node node = dictionary.decode(p);
            aux[p] = !node.isURI() || node.getURI().startsWith(SIKGR.NS)
                    || first >= 0 && store.headPS(first, p) != TripleStore.END;
        }
        return aux;
    }

    private Stats computeStats(long nanos) {
        int inferred = 0;
        int auxiliary = 0;
        int generalized = 0;
        for (int pos = asserted; pos < store.size(); pos++) {
            if (isAuxiliary(pos)) {
                auxiliary++;
            } else if (dictionary.decode(store.subject(pos)).isLiteral()) {
                generalized++;
            } else {
                inferred++;
            }
        }
        Map<String, Long> byRule = new LinkedHashMap<>();
        long[] firings = engine.firings();
        for (CompiledRule rule : rules) {
            if (firings[rule.index] > 0) {
                byRule.put(rule.name(), firings[rule.index]);
            }
        }
        return new Stats(asserted, inferred, auxiliary, generalized, engine.rounds(), nanos, byRule);
    }

    boolean isAuxiliary(int pos) {
        int p = store.predicate(pos);
        return p < auxiliaryPredicate.length && auxiliaryPredicate[p];
    }

    Triple triple(int pos) {
        return Triple.create(dictionary.decode(store.subject(pos)), dictionary.decode(store.predicate(pos)),
                dictionary.decode(store.object(pos)));
    }

    private boolean isOutput(int pos) {
        return !isAuxiliary(pos) && !dictionary.decode(store.subject(pos)).isLiteral();
    }

    public Stats stats() {
        return stats;
    }

    /** A new in-memory graph holding only the inferred triples (no asserted, auxiliary or generalized ones). */
    public Graph inferred() {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int pos = asserted; pos < store.size(); pos++) {
            if (isOutput(pos)) {
                graph.add(triple(pos));
            }
        }
        return graph;
    }

    /** Whether the triple is asserted or inferred. */
    public boolean holds(Triple triple) {
        int pos = position(triple);
        return pos >= 0 && !isAuxiliary(pos);
    }

    /** Whether the triple was inferred (and not asserted). */
    public boolean isInferred(Triple triple) {
        int pos = position(triple);
        return pos >= asserted && isOutput(pos);
    }

    private int position(Triple t) {
        int s = dictionary.lookup(t.getSubject());
        int p = dictionary.lookup(t.getPredicate());
        int o = dictionary.lookup(t.getObject());
        return s < 0 || p < 0 || o < 0 ? -1 : store.find(s, p, o);
    }

    /** Whether premises were recorded (settings); without them explanations name the rule only. */
    public boolean derivationsRecorded() {
        return engine.log().premisesRecorded();
    }

    /** Why the triple holds, or empty when it does not; asserted leaves carry no sources. */
    public Optional<Explanation> explain(Triple triple) {
        return explain(triple, t -> List.of());
    }

    /** Why the triple holds, with {@code sources} telling where each asserted leaf was asserted. */
    public Optional<Explanation> explain(Triple triple, Function<Triple, List<String>> sources) {
        int pos = position(triple);
        if (pos < 0 || isAuxiliary(pos)) {
            return Optional.empty();
        }
        return Optional.of(new Explainer(this, engine.log(), rules, sources).explain(pos));
    }

    /**
     * Throws REASON-001 with one problem per clash, located at where the clashing triples come from: their own
     * sources when asserted, the sources of the asserted triples they were derived from otherwise.
     */
    public void requireConsistent(Function<Triple, List<String>> sources, org.apache.jena.shared.PrefixMapping prefixes) {
        if (isConsistent()) {
            return;
        }
        List<org.w3id.sikg.error.Problem> problems = clashes().stream()
                .map(c -> c.toProblem(t -> rootSources(t, sources), prefixes)).toList();
        throw new org.w3id.sikg.error.SikgException(problems);
    }

    private List<String> rootSources(Triple t, Function<Triple, List<String>> sources) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        explain(t, sources).ifPresent(e -> collectSources(e, found, java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>())));
        return List.copyOf(found);
    }

    private static void collectSources(Explanation e, java.util.Set<String> found, java.util.Set<Explanation> seen) {
        if (!seen.add(e)) {
            return;
        }
        found.addAll(e.sources());
        e.premises().forEach(p -> collectSources(p, found, seen));
    }

    public boolean isConsistent() {
        return engine.clashes().isEmpty();
    }

    /** The inconsistencies found, in the order found (empty when consistent). */
    public synchronized List<Clash> clashes() {
        if (clashes == null) {
            Explainer explainer = new Explainer(this, engine.log(), rules, t -> List.of());
            clashes = engine.clashes().stream().map(raw -> {
                CompiledRule rule = rules.get(raw.rule());
                List<Triple> triples = explainer.premises(raw.premises()).stream().map(Explanation::triple).toList();
                List<Node> about = java.util.Arrays.stream(raw.args()).mapToObj(dictionary::decode).toList();
                return new Clash(rule.name(), rule.source.location(), about, triples);
            }).toList();
        }
        return clashes;
    }
}
