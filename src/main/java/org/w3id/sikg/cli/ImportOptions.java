package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.imports.ImportResult;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.DatasetImport;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options and the write step shared by {@code sikg import cow} and {@code sikg import atop}. */
final class ImportOptions {

    @Option(names = "--states", paramLabel = "FILE",
            description = "COW state list (states2016.csv) to name the states that are not the article's.")
    Path states;

    @Option(names = "--iso-codes", paramLabel = "FILE",
            description = "countrycode codelist (codelist_without_cldr.csv: cown, iso3c) to give every state its "
                    + "ISO 3166-1 alpha-3 code; without it only the article's states have one.")
    Path isoCodes;

    @Option(names = "--check",
            description = "Read, check and map the files, print what would be imported, write nothing.")
    boolean check;

    @Mixin
    SourceOptions sources;

    @Mixin
    StoreOption store;

    Optional<Path> states() {
        return Optional.ofNullable(states);
    }

    Optional<Path> isoCodes() {
        return Optional.ofNullable(isoCodes);
    }

    /** CLI-002 for every given file that does not exist, all at once. */
    void requireFiles(Path... required) {
        List<Path> all = new ArrayList<>(List.of(required));
        states().ifPresent(all::add);
        isoCodes().ifPresent(all::add);
        List<Problem> missing = all.stream().filter(p -> !Files.isRegularFile(p))
                .map(p -> Problem.of(ErrorCode.CLI_FILE_NOT_FOUND, p.toString(), 0, "no such file")).toList();
        if (!missing.isEmpty()) {
            throw new SikgException(missing);
        }
    }

    /** Prints the warnings and the summary, then, unless --check, writes the result to the store and re-reasons. */
    int write(ImportResult r, PrintWriter out, PrintWriter err) {
        r.warnings().forEach(w -> err.println(w.format()));
        out.printf("%s %s: %d member rows, %d alliances, %d memberships, %d states (%d of the article's), %d "
                + "triples for graph <%s>%n", r.dataset().shortTitle(), r.dataset().version().toPlainString(), r.rows(),
                r.alliances(), r.memberships(), r.states(), r.articleStates(), r.graph().size(), r.graphName().getURI());
        if (check) {
            out.println("checked: nothing written (--check)");
            return Main.EXIT_OK;
        }
        Sources s = sources.sources();
        try (SikgStore st = SikgStore.openOrBuild(store.store, () -> s, Enricher::discovered,
                StoreBuilder.Policy.IF_MISSING)) {
            DatasetImport.Outcome o = DatasetImport.apply(st, Map.of(r.graphName(), r.graph()), s,
                    Enricher.discovered());
            out.printf("imported into %s: %d quads (+%d, -%d), %d inferred triples, in %.1f s%n",
                    Sources.display(store.store), o.replacement().total(), o.replacement().added(),
                    o.replacement().removed(), o.inferred(), o.time().toMillis() / 1000.0);
        }
        return Main.EXIT_OK;
    }
}
