package org.w3id.sikg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server workloads share: the competency questions, and launching {@code serve} on a free loopback port
 * until it answers the first question.
 */
final class ServerLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ServerLauncher.class);

    private final ServerWorkloadSettings settings;
    private final List<CompetencyQuestions.Cq> cqs;

    private ServerLauncher(ServerWorkloadSettings settings, List<CompetencyQuestions.Cq> cqs) {
        this.settings = settings;
        this.cqs = cqs;
    }

    /**
     * Checks the jar and reads the questions.
     *
     * @throws ServerProcess.ServerUnavailableException if the jar or the questions are missing
     */
    static ServerLauncher prepare(ServerWorkloadSettings settings) throws IOException {
        if (!Files.isRegularFile(settings.jar())) {
            throw new ServerProcess.ServerUnavailableException("no jar at " + settings.jar()
                    + ": build it first (./mvnw -B -q package -DskipTests)");
        }
        List<CompetencyQuestions.Cq> cqs = settings.cqDir() != null ? CompetencyQuestions.fromDir(settings.cqDir())
                : CompetencyQuestions.fromJar(settings.jar());
        if (cqs.isEmpty()) {
            throw new ServerProcess.ServerUnavailableException("no competency questions in this build ("
                    + (settings.cqDir() != null ? settings.cqDir() + "/*.rq"
                            : settings.jar() + "!/" + CompetencyQuestions.JAR_DIR + "*.rq")
                    + "; queries/cq/ is issue 5)");
        }
        return new ServerLauncher(settings, cqs);
    }

    List<CompetencyQuestions.Cq> cqs() {
        return cqs;
    }

    /** Starts {@code serve} on a free port and waits for its first answer to the first question. */
    ServerProcess launch() throws IOException {
        int port = ServerProcess.freePort();
        SparqlHttp http = http(port);
        List<String> cmd = ServerProcess.serveCommand(settings.jar(), port, settings.jvmArgs(), settings.serveArgs());
        LOG.info("starting: {}", String.join(" ", cmd));
        ServerProcess p = ServerProcess.launch(cmd, port, settings.outDir().resolve("server.log"),
                settings.startTimeout(), h -> h.query(cqs.get(0).sparql()), http);
        LOG.info("first answer after {} s (pid {})", p.startSeconds(), p.pid());
        return p;
    }

    /** An HTTP client for the server on {@code port}. */
    SparqlHttp http(int port) {
        return new SparqlHttp(URI.create("http://127.0.0.1:" + port), settings.endpoint(), settings.requestTimeout());
    }

    /** An HTTP client for a running server. */
    SparqlHttp http(ServerProcess p) {
        return http(p.base().getPort());
    }

    /** One request per question. */
    List<HttpRequest> cqRequests(SparqlHttp http) {
        return cqs.stream().map(cq -> http.query(cq.sparql())).toList();
    }
}
