package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of another JVM (the server child process), read with the JDK's {@code jcmd}: a full collection
 * ({@code GC.run}) first, so that "before" and "after" compare live data rather than uncollected garbage.
 */
final class JvmHeap {

    /** {@code used 123456K} in {@code GC.heap_info} output (G1, Parallel and Serial all print it). */
    static final Pattern USED = Pattern.compile("used (\\d+)K");

    private JvmHeap() {
    }

    /** Live heap of process {@code pid} after a full GC, or empty if jcmd is missing or fails. */
    static Optional<Long> used(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return Optional.empty();
        }
        run(List.of(jcmd.toString(), Long.toString(pid), "GC.run"));
        return run(List.of(jcmd.toString(), Long.toString(pid), "GC.heap_info")).flatMap(JvmHeap::parseUsed);
    }

    /** The first {@code used NK} figure of {@code GC.heap_info} output, in bytes. */
    static Optional<Long> parseUsed(String heapInfo) {
        Matcher m = USED.matcher(heapInfo);
        return m.find() ? Optional.of(Long.parseLong(m.group(1)) * 1024) : Optional.empty();
    }

    private static Optional<String> run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
