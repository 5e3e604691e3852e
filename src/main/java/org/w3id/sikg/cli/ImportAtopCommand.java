package org.w3id.sikg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.sikg.imports.AtopImport;
import org.w3id.sikg.imports.ImportResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sikg import atop}: ATOP v4.01 into graph/dataset/atop. */
@Command(name = "atop", mixinStandardHelpOptions = true,
        description = {"Import ATOP v4.01 (atop-alliance-level.csv and atop-member-level.csv) into graph/dataset/atop.",
            "All or nothing: every problem of every file is reported and nothing is written if there is one."})
final class ImportAtopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--alliances", paramLabel = "FILE", required = true,
            description = "ATOP alliance-level file, atop-alliance-level.csv.")
    Path alliances;

    @Option(names = "--members", paramLabel = "FILE", required = true,
            description = "ATOP member-level file, atop-member-level.csv.")
    Path members;

    @Mixin
    ImportOptions options;

    @Override
    public Integer call() {
        options.requireFiles(alliances, members);
        ImportResult r = AtopImport.read(alliances, members, options.states(), options.isoCodes());
        return options.write(r, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
