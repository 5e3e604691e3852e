package org.w3id.sikg.server;

import java.util.List;

import org.w3id.sikg.error.Problem;

/**
 * What {@code POST /$/reload} does: re-run the loader from the server's sources and replace the store's content in
 * one write transaction (readers see the old or the new content, never a mix), then forget whatever the server
 * computed from the old content. Given to {@link SikgServer.Builder#reloader}; {@code sikg serve} binds it to the
 * store's loader. The server calls it at most once at a time.
 */
@FunctionalInterface
public interface Reloader {

    /**
     * Reloads.
     *
     * @return what changed, for the administrator who asked
     * @throws org.w3id.sikg.error.SikgException with every problem of the sources; the store is then unchanged
     */
    Outcome reload();

    /**
     * The outcome of a successful reload.
     *
     * @param summary one line: what was loaded from where, quads added and removed, the time taken
     * @param warnings problems that did not stop the reload (e.g. SHACL-002), each located
     */
    record Outcome(String summary, List<Problem> warnings) {

        public Outcome {
            warnings = List.copyOf(warnings);
        }
    }
}
