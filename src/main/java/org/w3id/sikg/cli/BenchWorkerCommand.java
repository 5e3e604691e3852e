package org.w3id.sikg.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.w3id.sikg.bench.B1Worker;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Hidden {@code sikg bench b1-worker}: the child JVM of baseline B1, driven over standard input/output by
 * {@code B1Client} (protocol in {@link B1Worker}). Not for direct use.
 */
@Command(name = "b1-worker", hidden = true, description = "internal: B1 child JVM of `bench lubm`")
final class BenchWorkerCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lubm", required = true)
    Path lubm;

    @Option(names = "--scale", required = true)
    int scale;

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        B1Worker.serve(lubm, scale, in, spec.commandLine().getOut());
        return Main.EXIT_OK;
    }
}
