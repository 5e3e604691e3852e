package org.w3id.sikg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.sikg.imports.CowImport;
import org.w3id.sikg.imports.ImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sikg import cow}: COW Formal Alliances v4.1 into graph/dataset/cow. */
@Command(name = "cow", mixinStandardHelpOptions = true,
        description = {"Import COW Formal Alliances v4.1 (alliance_v4.1_by_member.csv) into graph/dataset/cow.",
            "All or nothing: every problem of every file is reported and nothing is written if there is one."})
final class ImportCowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--members", paramLabel = "FILE", required = true,
            description = "COW member file, alliance_v4.1_by_member.csv.")
    Path members;

    @Mixin
    ImportOptions options;

    @Override
    public Integer call() {
        options.requireFiles(members);
        ImportResult r = CowImport.read(members, options.states(), options.isoCodes());
        return options.write(r, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
