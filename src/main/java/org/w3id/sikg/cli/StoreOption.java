package org.w3id.sikg.cli;

import java.nio.file.Path;

import org.w3id.sikg.store.SikgStore;

import picocli.CommandLine.Option;

/** The {@code --store} option of every command that reads or writes the store. */
final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "store",
            description = "Store directory (a TDB2 database). Default: ${DEFAULT-VALUE} in the current directory.")
    Path store = SikgStore.DEFAULT_DIR;
}
