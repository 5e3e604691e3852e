package org.w3id.sikg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * <b>Test-only hook</b>, off unless the system property {@value #PROPERTY} is set: lets the durability tests stop a
 * store write at its most fragile point. When the property names a file, {@link SikgStore#replace}, having written
 * all its changes inside its write transaction, creates that file and waits, before the commit, until the file is
 * deleted (at most {@link #LIMIT}); a test can then kill the process (SIGKILL) with the transaction open, or query
 * the server while the uncommitted change exists. Never set it in production: a write would wait for a file nobody
 * deletes. See docs/loading.md, "The store".
 */
final class CommitPause {

    /** The system property naming the pause file. */
    static final String PROPERTY = "sikg.test.pauseBeforeCommit";
    /** The longest pause, so that a forgotten file cannot hold a write for ever. */
    static final Duration LIMIT = Duration.ofMinutes(2);

    private static final Logger LOG = LoggerFactory.getLogger(CommitPause.class);
    private static final long POLL_MS = 10;

    private CommitPause() {
    }

    /** Pauses as described above when {@value #PROPERTY} is set; returns at once otherwise. */
    static void beforeCommit() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Path marker = Path.of(file);
        try {
            Files.writeString(marker, "paused before commit\n");
            LOG.warn("test hook {}: the write transaction is paused before its commit until {} is deleted",
                    PROPERTY, marker);
            long deadline = System.nanoTime() + LIMIT.toNanos();
            while (Files.exists(marker) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
            }
            LOG.warn("test hook {}: resuming the write transaction", PROPERTY);
        } catch (java.io.IOException e) {
            LOG.warn("test hook {}: cannot write {}: {}", PROPERTY, marker, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
