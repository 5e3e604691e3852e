package org.w3id.sikg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.vocab.SIKG;

/**
 * The persistent SIKG store: a TDB2 database in one directory ({@code store/} by default). Its whole content is
 * replaced in one write transaction, so a reader, a failed load or a killed process never sees or leaves a mix of old
 * and new data. The metadata graph records the fingerprint of the sources the content was built from.
 *
 * <pre>{@code
 * try (SikgStore store = SikgStore.openOrBuild(Path.of("store"))) {
 *     store.dataset().executeRead(() -> ...);
 * }
 * }</pre>
 */
public final class SikgStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SikgStore.class);

    /** The default store directory, relative to the current directory. */
    public static final Path DEFAULT_DIR = Path.of("store");
    /** Named graph holding facts about the store itself (the source fingerprint). */
    public static final String GRAPH_METADATA = SIKG.GRAPH_NS + "metadata";
    /** Property of the metadata graph's subject giving the fingerprint of the sources (proposed SIKG term). */
    public static final String SOURCE_FINGERPRINT = SIKG.NS + "sourceFingerprint";
    private static final long PROGRESS_EVERY = 50_000;

    private final Path dir;
    private final DatasetGraph dataset;

    private SikgStore(Path dir, DatasetGraph dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /**
     * Opens the store in {@code dir}, creating an empty one when the directory does not exist or is empty.
     *
     * @throws SikgException STORE-001 when the directory is not a store, or another process holds it
     */
    public static SikgStore open(Path dir) {
        if (Files.exists(dir) && !exists(dir) && !isEmptyDirectory(dir)) {
            throw new SikgException(ErrorCode.STORE_UNAVAILABLE, Sources.display(dir),
                    "the directory is not a SIKG store (a TDB2 database) and is not empty; refusing to write into it");
        }
        try {
            Files.createDirectories(dir);
            DatasetGraph dsg = TDB2Factory.connectDataset(Location.create(dir)).asDatasetGraph();
            return new SikgStore(dir, dsg);
        } catch (IOException | RuntimeException e) {
            throw new SikgException(ErrorCode.STORE_UNAVAILABLE, Sources.display(dir),
                    "cannot open the store: " + e.getMessage());
        }
    }

    /** Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} directory). */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d{4}"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Opens the store at {@code dir}; when there is none, builds it from the default sources (./ontology and ./data
     * if present, else the copies embedded in the jar) with the discovered enrichers. For {@code query} and
     * {@code serve}.
     */
    public static SikgStore openOrBuild(Path dir) {
        return StoreBuilder.openOrBuild(dir, () -> Sources.resolve(null, null), Enricher::discovered,
                StoreBuilder.Policy.IF_MISSING);
    }

    /** As {@link #openOrBuild(Path)} with explicit sources, enrichers and policy. */
    public static SikgStore openOrBuild(Path dir, Supplier<Sources> sources, Supplier<List<Enricher>> enrichers,
            StoreBuilder.Policy policy) {
        return StoreBuilder.openOrBuild(dir, sources, enrichers, policy);
    }

    public Path directory() {
        return dir;
    }

    /** The TDB2 dataset; read it inside a transaction ({@code executeRead}). */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The fingerprint of the sources the content was built from; empty for a store never loaded. */
    public Optional<String> fingerprint() {
        return dataset.calculateRead(() -> {
            var it = dataset.find(metadataGraph(), metadataGraph(), NodeFactory.createURI(SOURCE_FINGERPRINT), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /**
     * Counts of one {@link #replace}.
     *
     * @param added quads that were not in the store before
     * @param removed quads that are no longer in it
     * @param total quads in the store after (including the metadata graph)
     */
    public record Replacement(long added, long removed, long total) {
    }

    /**
     * Makes {@code built} (plus the metadata graph with {@code fingerprint}) the whole content of the store, in one
     * write transaction: afterwards the store holds exactly those quads, or, if anything fails or the process dies
     * before the commit, exactly what it held before. Only the differences are written, so reloading the same
     * content changes nothing. Literals are stored in their {@linkplain #storedForm stored form}.
     */
    public Replacement replace(DatasetGraph built, String fingerprint) {
        DatasetGraph content = storedForm(built);
        Node meta = metadataGraph();
        return dataset.calculateWrite(() -> {
            Changes changes = changes(dataset.find(), content, q -> !q.getGraph().equals(meta));
            writeMetadata(meta, fingerprint);
            long metadata = count(dataset.find(meta, Node.ANY, Node.ANY, Node.ANY));
            CommitPause.beforeCommit();
            return changes.replacement(metadata);
        });
    }

    /**
     * Replaces the content of the named graphs {@code graphs} (name to new content; an empty graph removes it) in one
     * write transaction, leaving every other graph, the fingerprint included, as it is: the operation behind
     * {@code sikg import}, which adds or replaces a dataset's graphs and the inferred graph without rebuilding the
     * article. As in {@link #replace}, only differences are written and a failure or a killed process before the
     * commit leaves the store as it was.
     */
    public Replacement replaceGraphs(Map<Node, Graph> graphs) {
        DatasetGraph content = DatasetGraphFactory.createGeneral();
        graphs.forEach((name, graph) -> graph.find().forEach(t -> content.add(name, stored(t.getSubject()),
                t.getPredicate(), stored(t.getObject()))));
        return dataset.calculateWrite(() -> {
            long before = count(dataset.find());
            Iterator<Quad> replaced = Iter.flatMap(graphs.keySet().iterator(),
                    name -> dataset.find(name, Node.ANY, Node.ANY, Node.ANY));
            Changes changes = changes(replaced, content, q -> true);
            return new Replacement(changes.added(), changes.removed(), before - changes.removed() + changes.added());
        });
    }

    /**
     * What one write changed: {@code added} quads were new, {@code removed} were deleted, and the content written now
     * has {@code total} quads.
     */
    private record Changes(long added, long removed, long total) {

        Replacement replacement(long others) {
            return new Replacement(added, removed, total + others);
        }
    }

    /**
     * Makes the quads of {@code existing} that pass {@code mine} (read from the store) equal to {@code content}:
     * deletes those not in it and adds those of it not there. The existing quads are read once, in one scan, and
     * compared in memory (in stored form, see {@link #storedForm}); only the differences reach the indexes.
     */
    private Changes changes(Iterator<Quad> existing, DatasetGraph content, Predicate<Quad> mine) {
        Set<Quad> present = new HashSet<>();
        List<Quad> stale = new ArrayList<>();
        existing.forEachRemaining(q -> {
            if (mine.test(q)) {
                (content.contains(q) ? present : stale).add(q);
            }
        });
        stale.forEach(dataset::delete);
        long added = 0;
        long total = 0;
        for (var it = content.find(); it.hasNext();) {
            Quad q = it.next();
            total++;
            if (!present.contains(q)) {
                dataset.add(q);
                if (++added % PROGRESS_EVERY == 0) {
                    LOG.info("store: {} quads written", added);
                }
            }
        }
        return new Changes(added, stale.size(), total);
    }

    private static long count(Iterator<Quad> quads) {
        long n = 0;
        for (; quads.hasNext(); quads.next()) {
            n++;
        }
        return n;
    }

    /** An in-memory copy of the named graphs whose names pass {@code keep}, read in one transaction. */
    public DatasetGraph copy(Predicate<Node> keep) {
        return dataset.calculateRead(() -> {
            DatasetGraph out = DatasetGraphFactory.createGeneral();
            dataset.find().forEachRemaining(q -> {
                if (keep.test(q.getGraph())) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    /** Whether {@code graphName} is the graph of an imported dataset ({@link SIKG#GRAPH_DATASET_NS}{@code name}). */
    public static boolean isDatasetGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(SIKG.GRAPH_DATASET_NS);
    }

    /** Whether {@code graphName} is the store's metadata graph (the source fingerprint). */
    public static boolean isMetadataGraph(Node graphName) {
        return metadataGraph().equals(graphName);
    }

    /**
     * A copy of {@code dataset} with each literal in the form TDB2 gives it back, e.g. {@code "228"^^xsd:decimal} as
     * {@code "228.0"^^xsd:decimal} (TDB2 stores such values inline, by value). Comparing in this form is what makes
     * a reload of the same sources an exact no-op.
     */
    public static DatasetGraph storedForm(DatasetGraph dataset) {
        DatasetGraph out = DatasetGraphFactory.createGeneral();
        dataset.find().forEachRemaining(q -> out.add(q.getGraph(), stored(q.getSubject()), q.getPredicate(),
                stored(q.getObject())));
        return out;
    }

    private static Node stored(Node n) {
        if (!n.isLiteral() || !NodeIdInline.hasInlineDatatype(n)) {
            return n;
        }
        NodeId id = NodeIdInline.inline(n);
        return id == null || !NodeId.isInline(id) ? n : NodeIdInline.extract(id);
    }

    private void writeMetadata(Node meta, String fingerprint) {
        Node p = NodeFactory.createURI(SOURCE_FINGERPRINT);
        Node value = NodeFactory.createLiteralString(fingerprint);
        if (!dataset.contains(meta, meta, p, value)) {
            dataset.deleteAny(meta, Node.ANY, Node.ANY, Node.ANY);
            dataset.add(meta, meta, p, value);
        }
    }

    private static Node metadataGraph() {
        return NodeFactory.createURI(GRAPH_METADATA);
    }

    private static boolean isEmptyDirectory(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Releases the database (and its lock) so another process can open it. */
    @Override
    public void close() {
        TDBInternal.expel(dataset);
    }
}
