package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.LoadResult;
import org.w3id.sikg.load.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sikg validate}: checks the sources like {@code load} does, writes nothing, prints every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the ontology and the data as 'load' does (CSV syntax, CSVW datatypes, references, "
            + "mappings, SHACL shapes, reasoning) and print every problem with file:line, a stable code and a hint.",
            "Writes nothing. Exit code 1 when there is any error (warnings alone do not fail)."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions sources;

    @Override
    public Integer call() {
        Pipeline.Build build = Pipeline.build(sources.sources(), Enricher.discovered());
        PrintWriter err = spec.commandLine().getErr();
        build.problems().warnings().forEach(w -> err.println(w.format()));
        build.problems().throwIfErrors();
        LoadResult.Stats s = build.load().stats();
        spec.commandLine().getOut().printf("valid: %d tables, %d rows, %d quads; %d warning(s)%n", s.tables(),
                s.rows(), build.dataset().stream().count(), build.problems().warnings().size());
        return Main.EXIT_OK;
    }
}
