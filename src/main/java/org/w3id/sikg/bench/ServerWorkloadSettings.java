package org.w3id.sikg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the server workloads start and reach the server.
 *
 * @param jar the SIKG jar to run {@code serve} from; default {@code target/sikg.jar}
 * @param cqDir a directory of competency questions to use instead of those embedded in the jar, or null
 * @param endpoint the SPARQL endpoint path; default {@code /kg/sparql}
 * @param jvmArgs JVM options of the server process (e.g. {@code -Xmx1g}); default none
 * @param serveArgs extra {@code serve} options (e.g. {@code --store DIR}); default none
 * @param startTimeout how long to wait for the first answer; default 120 s
 * @param requestTimeout per-request timeout; default 30 s
 * @param outDir where reports and the server log go; default {@code target/bench}
 */
public record ServerWorkloadSettings(Path jar, Path cqDir, String endpoint, List<String> jvmArgs, List<String> serveArgs,
        Duration startTimeout, Duration requestTimeout, Path outDir) {

    public static final Path DEFAULT_JAR = Path.of("target", "sikg.jar");
    public static final String DEFAULT_ENDPOINT = "/kg/sparql";

    public ServerWorkloadSettings {
        jvmArgs = List.copyOf(jvmArgs);
        serveArgs = List.copyOf(serveArgs);
    }
}
