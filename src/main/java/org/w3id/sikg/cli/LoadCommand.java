package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Pipeline;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.RemoteStore;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sikg load}: validates the sources and replaces the store's content in one transaction. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate the ontology and the data, then replace the whole content of the store with them "
            + "in one transaction: all or nothing. Nothing is written when there is any error.",
            "Imported datasets (sikg import, graph/dataset/...) are kept and reasoned over with the new content.",
            "With --into, write the same named graphs to a SPARQL 1.1 Graph Store Protocol endpoint instead."})
final class LoadCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Mixin
    StoreOption store;

    @Option(names = "--into", paramLabel = "URL",
            description = "Graph Store Protocol endpoint to write to instead of the local store, e.g. "
                    + "http://localhost:3030/kg/data (one HTTP PUT per named graph).")
    String into;

    @Override
    public Integer call() {
        Sources s = sources.sources();
        List<Enricher> enrichers = Enricher.discovered();
        PrintWriter out = spec.commandLine().getOut();
        if (into != null) {
            Pipeline.Build build = Pipeline.build(s, enrichers);
            warnings(build);
            build.problems().throwIfErrors();
            int graphs = RemoteStore.publish(SikgStore.storedForm(build.dataset()), into);
            out.printf("wrote %d named graphs to %s%n", graphs, into);
            return Main.EXIT_OK;
        }
        StoreBuilder.Outcome o = StoreBuilder.load(store.store, s, enrichers);
        warnings(o.build());
        var stats = o.build().load().stats();
        out.printf("loaded %d rows of %d tables into %s: %d quads (+%d, -%d) in %.1f s; fingerprint %s%n",
                stats.rows(), stats.tables(), Sources.display(store.store), o.replacement().total(),
                o.replacement().added(), o.replacement().removed(), o.time().toMillis() / 1000.0, o.fingerprint());
        List<String> kept = o.keptDatasets();
        if (!kept.isEmpty()) {
            out.printf("kept the imported datasets: %s (sikg import; reasoned over with the article)%n",
                    String.join(", ", kept));
        }
        return Main.EXIT_OK;
    }

    private void warnings(Pipeline.Build build) {
        build.problems().warnings().forEach(w -> spec.commandLine().getErr().println(w.format()));
    }
}
