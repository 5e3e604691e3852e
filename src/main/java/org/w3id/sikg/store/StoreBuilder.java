package org.w3id.sikg.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.vocab.SIKG;

/**
 * Builds the store's content from sources and writes it: the operation behind {@code sikg load} and
 * {@link SikgStore#openOrBuild}. Nothing is written when the sources have any error. Imported datasets
 * ({@code sikg import}, graphs under {@link SIKG#GRAPH_DATASET_NS}) are not built from the sources: a load keeps them
 * as they are and reasons over them together with the new content.
 */
public final class StoreBuilder {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBuilder.class);
    /** How long {@link Policy#IF_MISSING_CHECK_IN_BACKGROUND} waits before comparing the store with its sources. */
    static final Duration BACKGROUND_CHECK_DELAY = Duration.ofSeconds(2);

    /** When {@code openOrBuild} (re)builds an existing store. */
    public enum Policy {
        /** Build only when there is no store (or it was never loaded); a stale store is used, with a warning. */
        IF_MISSING,
        /** Also rebuild when the store's fingerprint differs from the sources'. */
        IF_STALE,
        /**
         * As {@link #IF_MISSING}, but the staleness check, which reads every source file, runs in the background once
         * the store is open, and only warns: for {@code serve}, whose start it would otherwise delay.
         */
        IF_MISSING_CHECK_IN_BACKGROUND
    }

    /**
     * The outcome of a successful load.
     *
     * @param build the validated dataset and its figures (warnings included)
     * @param fingerprint the fingerprint recorded in the store
     * @param replacement what the write changed
     * @param time total wall-clock time
     */
    public record Outcome(Pipeline.Build build, String fingerprint, SikgStore.Replacement replacement, Duration time) {

        /** The names of the imported datasets ({@code graph/dataset/<name>}) the load kept, in graph order. */
        public List<String> keptDatasets() {
            List<String> names = new ArrayList<>();
            build.dataset().listGraphNodes().forEachRemaining(g -> {
                if (SikgStore.isDatasetGraph(g)) {
                    names.add(g.getURI().substring(SIKG.GRAPH_DATASET_NS.length()));
                }
            });
            return names;
        }
    }

    private StoreBuilder() {
    }

    /**
     * Validates and builds the content from {@code sources} and replaces the store's content with it, in one write
     * transaction: the imported datasets are read, the new content is built and reasoned over with them, and the
     * differences are written, so a write by another writer of the same store (an administrator's update to a
     * server) can neither be lost in between nor be half-applied. Other writers wait; readers are not blocked, and
     * see the previous content until the commit. Used by {@code sikg load} and by the server's reload.
     *
     * @throws SikgException carrying every error when the sources are not valid; the store is then unchanged
     */
    public static Outcome load(SikgStore store, Sources sources, List<Enricher> enrichers) {
        long start = System.nanoTime();
        String fingerprint = Fingerprint.of(sources, enrichers);
        return store.dataset().calculateWrite(() -> {
            DatasetGraph kept = store.copy(SikgStore::isDatasetGraph);
            return write(store, build(sources, enrichers, kept), fingerprint, start);
        });
    }

    /**
     * As {@link #load(SikgStore, Sources, List)} for the store in {@code dir}. A store that does not exist yet is
     * created only once the sources have proved valid, so a failed first load never creates an empty store.
     */
    public static Outcome load(Path dir, Sources sources, List<Enricher> enrichers) {
        if (SikgStore.exists(dir)) {
            try (SikgStore store = SikgStore.open(dir)) {
                return load(store, sources, enrichers);
            }
        }
        long start = System.nanoTime();
        String fingerprint = Fingerprint.of(sources, enrichers);
        Pipeline.Build build = build(sources, enrichers, DatasetGraphFactory.empty());
        try (SikgStore store = SikgStore.open(dir)) {
            return write(store, build, fingerprint, start);
        }
    }

    /**
     * The sources' dataset, plus the imported dataset graphs {@code kept} (graph/dataset/..., which the sources do
     * not build and a load keeps), enriched together: the inferred graph covers the article and the datasets.
     */
    private static Pipeline.Build build(Sources sources, List<Enricher> enrichers, DatasetGraph kept) {
        if (!kept.find().hasNext()) {
            Pipeline.Build build = Pipeline.build(sources, enrichers);
            build.problems().throwIfErrors();
            return build;
        }
        Pipeline.Build build = Pipeline.build(sources, List.of());
        build.problems().throwIfErrors();
        kept.find().forEachRemaining(build.dataset()::add);
        DatasetGraph derived = Pipeline.derive(sources, build.dataset(), enrichers, build.problems());
        build.problems().throwIfErrors();
        derived.find().forEachRemaining(build.dataset()::add);
        List<String> names = new ArrayList<>();
        kept.listGraphNodes().forEachRemaining(g -> names.add(g.getURI().substring(SIKG.GRAPH_DATASET_NS.length())));
        LOG.info("kept the imported datasets {} (sikg import) and reasoned over them with the sources", names);
        return build;
    }

    private static Outcome write(SikgStore store, Pipeline.Build build, String fingerprint, long start) {
        SikgStore.Replacement r = store.replace(build.dataset(), fingerprint);
        Duration time = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("store {}: +{} -{} quads, {} in total, {} ms", Sources.display(store.directory()), r.added(),
                r.removed(), r.total(), time.toMillis());
        return new Outcome(build, fingerprint, r, time);
    }

    static SikgStore openOrBuild(Path dir, Supplier<Sources> sources, Supplier<List<Enricher>> enrichers,
            Policy policy) {
        boolean existed = SikgStore.exists(dir);
        SikgStore store = SikgStore.open(dir);
        try {
            Optional<String> recorded = store.fingerprint();
            if (existed && recorded.isEmpty() && !isEmpty(store)) {
                LOG.info("serving the store {} as it is: it was not built by sikg load (no source fingerprint)",
                        Sources.display(dir));
                return store;
            }
            if (existed && recorded.isPresent() && policy == Policy.IF_MISSING_CHECK_IN_BACKGROUND) {
                checkInBackground(store, recorded.get(), sources, enrichers);
                return store;
            }
            if (existed && recorded.isPresent() && !rebuild(store, recorded.get(), sources, enrichers, policy)) {
                return store;
            }
            Sources s;
            try {
                s = sources.get();
            } catch (SikgException e) {
                throw missing(dir, "there is no store here and nothing to build it from: "
                        + e.problems().get(0).message());
            }
            LOG.info("building the store {} from {} and {}", Sources.display(dir), Sources.display(s.ontologyDir()),
                    Sources.display(s.dataDir()));
            load(store, s, enrichers.get());
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static boolean isEmpty(SikgStore store) {
        DatasetGraph dsg = store.dataset();
        return dsg.calculateRead(() -> !dsg.find().hasNext());
    }

    /**
     * Warns, from a daemon thread, when the store's sources have changed since it was built. The thread first lets
     * the server start and answer ({@link #BACKGROUND_CHECK_DELAY}): on two cores, hashing the sources at the same
     * time delays the first answer, and the warning is no less useful a moment later.
     */
    private static void checkInBackground(SikgStore store, String recorded, Supplier<Sources> sources,
            Supplier<List<Enricher>> enrichers) {
        Thread check = new Thread(() -> {
            try {
                Thread.sleep(BACKGROUND_CHECK_DELAY.toMillis());
                rebuild(store, recorded, sources, enrichers, Policy.IF_MISSING);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.debug("could not compare the store with its sources: {}", e.getMessage());
            }
        }, "sikg-store-check");
        check.setDaemon(true);
        check.start();
    }

    private static boolean rebuild(SikgStore store, String recorded, Supplier<Sources> sources,
            Supplier<List<Enricher>> enrichers, Policy policy) {
        String current;
        try {
            current = Fingerprint.of(sources.get(), enrichers.get());
        } catch (SikgException e) {
            LOG.debug("no sources to compare the store with: {}", e.getMessage());
            return false;
        }
        if (current.equals(recorded)) {
            return false;
        }
        if (policy == Policy.IF_MISSING) {
            LOG.warn("the store {} is stale: its sources have changed since it was built; run sikg load to rebuild it",
                    Sources.display(store.directory()));
            return false;
        }
        LOG.info("the store {} is stale: rebuilding it", Sources.display(store.directory()));
        return true;
    }

    private static SikgException missing(Path dir, String why) {
        return new SikgException(ErrorCode.STORE_MISSING, Sources.display(dir), why);
    }
}
