package org.w3id.sikg.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.server.Reloader;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

/**
 * The reload of {@code sikg serve} ({@code POST /$/reload}): exactly what {@code sikg load} does, from the sources
 * {@code serve} was started with (its {@code --ontology} and {@code --data}, else ./ontology and ./data, else the
 * copies embedded in the jar), into the store being served, in one write transaction ({@link StoreBuilder#load});
 * imported datasets are kept. Once committed, {@code afterwards} makes the server forget what it computed from the
 * old content.
 */
final class StoreReloader implements Reloader {

    private final SikgStore store;
    private final Supplier<Sources> sources;
    private final Runnable afterwards;

    StoreReloader(SikgStore store, Supplier<Sources> sources, Runnable afterwards) {
        this.store = store;
        this.sources = sources;
        this.afterwards = afterwards;
    }

    @Override
    public Outcome reload() {
        Sources s = sources.get();
        StoreBuilder.Outcome o = StoreBuilder.load(store, s, Enricher.discovered());
        afterwards.run();
        var stats = o.build().load().stats();
        List<String> kept = o.keptDatasets();
        String summary = String.format(Locale.ROOT, "reloaded %d rows of %d tables from %s and %s into %s: %d quads "
                + "(+%d, -%d) in %.1f s; fingerprint %s%s", stats.rows(), stats.tables(),
                Sources.display(s.ontologyDir()), Sources.display(s.dataDir()), Sources.display(store.directory()),
                o.replacement().total(), o.replacement().added(), o.replacement().removed(),
                o.time().toMillis() / 1000.0, o.fingerprint(),
                kept.isEmpty() ? "" : "; kept the imported datasets: " + String.join(", ", kept));
        return new Outcome(summary, o.build().problems().warnings());
    }
}
