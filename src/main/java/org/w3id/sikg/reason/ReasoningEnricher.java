package org.w3id.sikg.reason;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.vocab.Prefixes;
import org.w3id.sikg.vocab.SIKG;

/**
 * The reasoner as a load step: materialises the ontology and every asserted fact with the rules of the ontology
 * directory ({@link OntologyRules}: OWL 2 RL, then the domain rules) into {@link SIKG#GRAPH_INFERRED}, and refuses
 * inconsistent data (REASON-001, each side located at its data file and line and its article sections) so that it is
 * never stored or served. Registered in {@code META-INF/services/org.w3id.sikg.load.Enricher}.
 */
public final class ReasoningEnricher implements Enricher {

    private static final Logger LOG = LoggerFactory.getLogger(ReasoningEnricher.class);
    /** The enricher's name; part of the store's fingerprint. */
    public static final String NAME = "reasoning";

    private final Path ontologyDir;

    /** For {@link java.util.ServiceLoader}: the rules of the ontology embedded in the jar until {@link #forSources}. */
    public ReasoningEnricher() {
        this(null);
    }

    /** With the rules of {@code ontologyDir} (null: the ontology embedded in the jar). */
    public ReasoningEnricher(Path ontologyDir) {
        this.ontologyDir = ontologyDir;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Enricher forSources(Sources sources) {
        return new ReasoningEnricher(sources.ontologyDir());
    }

    @Override
    public DatasetGraph enrich(DatasetGraph asserted) {
        RuleSet rules = OntologyRules.of(ontologyDir != null ? ontologyDir : Sources.embedded().ontologyDir());
        Materialisation m = new Materialiser(rules).materialise(asserted);
        m.requireConsistent(lazy(asserted), Prefixes.prefixMapping());
        Materialisation.Stats s = m.stats();
        LOG.info("reasoning: {} asserted triples, {} inferred in {} rounds, {} ms", s.asserted(), s.inferred(),
                s.rounds(), s.nanos() / 1_000_000);
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        out.addGraph(NodeFactory.createURI(SIKG.GRAPH_INFERRED), withoutBlankNodes(m.inferred()));
        return out;
    }

    /**
     * The inferred triples that name no blank node. Those that do are about anonymous class expressions of the
     * ontology (an individual's membership of an {@code owl:Restriction}, a subclass axiom of one): a query cannot
     * name them, and a graph that shares blank nodes with the ontology graph does not survive being written graph by
     * graph ({@code load --into}). They stay in the engine, for explanations.
     */
    static Graph withoutBlankNodes(Graph inferred) {
        List<Triple> blank = inferred.find().filterKeep(t -> t.getSubject().isBlank() || t.getObject().isBlank())
                .toList();
        blank.forEach(inferred::delete);
        if (!blank.isEmpty()) {
            LOG.debug("{} inferred triples about anonymous class expressions left out of the inferred graph",
                    blank.size());
        }
        return inferred;
    }

    /** The problems' source function, reading the provenance graph only when there is a clash to locate. */
    private static Function<Triple, List<String>> lazy(DatasetGraph asserted) {
        FactSources[] read = new FactSources[1];
        return t -> {
            if (read[0] == null) {
                read[0] = FactSources.read(asserted);
            }
            return read[0].forProblems().apply(t);
        };
    }
}
