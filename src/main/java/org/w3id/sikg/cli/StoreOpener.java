package org.w3id.sikg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * Opens the TDB2 store that {@code serve} and {@code query} read. The one place where these commands meet the
 * store: when the {@code store} package ({@code SikgStore.openOrBuild}) is merged, this class delegates to it, and
 * a missing store is built from ontology/ and data/ instead of refused.
 *
 * <p>The store stays open until the process exits: TDB2 keeps one connection per directory and process, shared by
 * every user in the process, and reading needs no clean-up.
 */
final class StoreOpener {

    private StoreOpener() {
    }

    /**
     * Opens the store at {@code dir}.
     *
     * @throws SikgException CLI-003 if there is no store there yet
     */
    static DatasetGraph open(Path dir) {
        if (!isStore(dir)) {
            throw new SikgException(ErrorCode.CLI_NOT_BUILT, dir.toString(), "no SIKG store here, and building one "
                    + "from ontology/ and data/ is not built yet (the loader's `store` package is missing: a TDB2 "
                    + "database made by the loader, or by any TDB2 tool, is needed at --store)");
        }
        try {
            return DatabaseMgr.connectDatasetGraph(dir.toString());
        } catch (DBOpEnvException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, dir.toString(), 0, "cannot open the store: "
                    + e.getMessage() + " (is another sikg process using it?)"), e);
        }
    }

    /** Whether {@code dir} holds a TDB2 database (a {@code Data-NNNN} generation directory). */
    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }
}
