package org.w3id.sikg.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.w3id.sikg.cli.Main;

/**
 * {@code sikg} ({@link Main}) in a child JVM with the test class path, for the tests that must kill a process
 * (SIGKILL) or run a server in a process of its own. Standard error is merged into standard output, which a thread
 * reads line by line as it comes (so a talkative child never blocks on a full pipe) and keeps for
 * {@link #awaitLine} and {@link #output}. {@link #close()} stops the child if it still runs.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code java [jvmOptions] -cp <test class path> org.w3id.sikg.cli.Main [args]}.
     *
     * @param jvmOptions e.g. {@code -Dproperty=value}; {@code -Xmx1g} is added
     */
    public static ChildJvm sikg(List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(Arrays.asList(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                synchronized (lines) {
                    lines.add(l);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            synchronized (lines) {
                lines.add("(reading the child's output failed: " + e.getMessage() + ")");
            }
        } finally {
            synchronized (lines) {
                lines.notifyAll();
            }
        }
    }

    /**
     * Waits for an output line containing {@code marker} and returns it.
     *
     * @throws AssertionError with the output so far when the child ends or {@code timeout} passes first
     */
    public String awaitLine(String marker, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (lines.get(seen).contains(marker)) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || !reader.isAlive()) {
                    throw new AssertionError("the child printed no line with '" + marker + "' ("
                            + (reader.isAlive() ? "timed out" : "it ended") + "); its output:\n" + output());
                }
                lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 200)));
            }
        }
    }

    /** The base URL {@code http://host:port/} that a {@code serve} child prints, waiting for it. */
    public String awaitServer(Duration timeout) throws InterruptedException {
        String line = awaitLine("/kg/sparql", timeout);
        int at = line.indexOf("http://");
        return line.substring(at, line.indexOf("kg/sparql", at));
    }

    /** Everything the child printed so far. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** Waits for the child to end and for its output to be read; its exit code, or empty on time-out. */
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return Optional.of(process.exitValue());
    }

    /** Kills the child at once (SIGKILL on Unix: no shutdown hook, no clean-up) and waits for it to end. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("the child did not die"));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the child if it runs: SIGTERM (its shutdown hooks run), then SIGKILL after 10 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }
}
