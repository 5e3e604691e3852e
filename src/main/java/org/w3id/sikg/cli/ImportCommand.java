package org.w3id.sikg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sikg import <dataset>}: maps an alliance dataset (COW Formal Alliances v4.1, ATOP v4.01) into the ontology
 * and writes it to its own named graph of the store, then re-materialises. See docs/datasets.md.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import an alliance dataset (COW or ATOP) into its own named graph of the store.",
            "The graph is graph/dataset/<name>; its states are linked to the article's, and the article and every "
                + "dataset are reasoned over together.",
            "The files are not part of SIKG: download them (docs/datasets.md says where)."},
        subcommands = {ImportCowCommand.class, ImportAtopCommand.class})
public final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
