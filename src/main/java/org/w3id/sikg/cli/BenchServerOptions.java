package org.w3id.sikg.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.w3id.sikg.bench.LubmSettings;
import org.w3id.sikg.bench.ServerWorkloadSettings;

import picocli.CommandLine.Option;

/** Options shared by the server workloads ({@code bench article}, {@code bench load}). */
final class BenchServerOptions {

    @Option(names = "--jar", paramLabel = "JAR", description = "SIKG jar to run `serve` from (default: ${DEFAULT-VALUE})")
    Path jar = ServerWorkloadSettings.DEFAULT_JAR;

    @Option(names = "--cq-dir", paramLabel = "DIR",
            description = "competency questions to send (default: sikg/queries/cq/*.rq inside the jar)")
    Path cqDir;

    @Option(names = "--endpoint", description = "SPARQL endpoint path (default: ${DEFAULT-VALUE})")
    String endpoint = ServerWorkloadSettings.DEFAULT_ENDPOINT;

    @Option(names = "--server-jvm-arg", paramLabel = "ARG", description = "JVM option of the server, repeatable")
    List<String> jvmArgs = new ArrayList<>();

    @Option(names = "--serve-arg", paramLabel = "ARG",
            description = "extra `serve` argument, repeatable (e.g. --serve-arg=--store --serve-arg=DIR)")
    List<String> serveArgs = new ArrayList<>();

    @Option(names = "--start-timeout", paramLabel = "SECONDS",
            description = "wait this long for the first answer (default: ${DEFAULT-VALUE})")
    long startTimeout = 120;

    @Option(names = "--request-timeout", paramLabel = "SECONDS",
            description = "per-request timeout (default: ${DEFAULT-VALUE})")
    long requestTimeout = 30;

    @Option(names = "--out", paramLabel = "DIR", description = "report directory (default: ${DEFAULT-VALUE})")
    Path out = LubmSettings.DEFAULT_OUT;

    ServerWorkloadSettings settings() {
        return new ServerWorkloadSettings(jar, cqDir, endpoint, jvmArgs, serveArgs, Duration.ofSeconds(startTimeout),
                Duration.ofSeconds(requestTimeout), out);
    }
}
