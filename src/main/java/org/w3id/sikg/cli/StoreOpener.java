package org.w3id.sikg.cli;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

/**
 * Opens the TDB2 store that {@code serve} and {@code query} read: the one place where these commands meet the
 * store. When there is no store at {@code dir} yet, it is built first from ./ontology and ./data (or the copies
 * embedded in the jar), with reasoning, so both commands work on a fresh clone without a separate load step.
 *
 * <p>The store stays open until the process exits: TDB2 keeps one connection per directory and process, shared by
 * every user in the process, and reading needs no clean-up.
 */
final class StoreOpener {

    private StoreOpener() {
    }

    /**
     * Opens the store at {@code dir}, building it when missing.
     *
     * @throws SikgException STORE-001 when the directory cannot be opened, or the sources' problems when a missing
     *     store cannot be built from them
     */
    static DatasetGraph open(Path dir) {
        return SikgStore.openOrBuild(dir).dataset();
    }

    /**
     * Opens the store at {@code dir} for {@code serve}, building it from {@code sources} (resolved only when needed)
     * when missing; an existing store is compared with its sources in the background, so that reading every source
     * file does not delay the first answer (a stale store is served either way, with a warning). The store object is
     * what a reload writes to.
     */
    static SikgStore openToServe(Path dir, Supplier<Sources> sources) {
        return SikgStore.openOrBuild(dir, sources, Enricher::discovered,
                StoreBuilder.Policy.IF_MISSING_CHECK_IN_BACKGROUND);
    }
}
