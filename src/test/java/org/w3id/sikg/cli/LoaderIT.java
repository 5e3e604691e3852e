package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.testing.Fixtures;

/**
 * validate, load and export end to end against the packaged jar (system property {@code sikg.jar}, set by failsafe):
 * the shaded jar must find Jena's and Rio's service registrations (JSON-LD is the usual casualty).
 */
class LoaderIT {

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
    }

    static Run sikg(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sikg.jar", "target/sikg.jar")));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile("sikg-out", ".txt");
        Path err = Files.createTempFile("sikg-err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("sikg " + String.join(" ", args) + " finished").isTrue();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    void validateLoadAndExportFromTheJar() throws Exception {
        Sources s = Fixtures.copy(tmp.resolve("src"), null);
        String[] src = {"--ontology", s.ontologyDir().toString(), "--data", s.dataDir().toString()};
        Run valid = sikg("validate", src[0], src[1], src[2], src[3]);
        assertThat(valid.exit()).as(valid.err()).isZero();
        assertThat(valid.out()).startsWith("valid: 5 tables, 18 rows");

        String store = tmp.resolve("store").toString();
        Run load = sikg("load", "--store", store, src[0], src[1], src[2], src[3]);
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.out()).contains("loaded 18 rows");

        Path jsonld = tmp.resolve("kg.jsonld");
        Run export = sikg("export", "--store", store, "--format", "jsonld", "--out", jsonld.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        DatasetGraph parsed = DatasetGraphFactory.createGeneral();
        RDFParser.source(jsonld).lang(Lang.JSONLD).parse(parsed);
        assertThat(parsed.listGraphNodes()).toIterable().hasSizeGreaterThan(18);
    }

    @Test
    void badDataExitsOneWithLocatedProblemsAndNoStackTrace() throws Exception {
        Sources s = Fixtures.copy(tmp.resolve("bad"), "load/all-at-once");
        Run r = sikg("load", "--store", tmp.resolve("store").toString(), "--ontology", s.ontologyDir().toString(),
                "--data", s.dataDir().toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains("DATA-001").contains("DATA-002").contains("DATA-003").contains("SHACL-001")
                .contains("5 problems.").doesNotContain("\tat ");
        assertThat(tmp.resolve("store")).doesNotExist();
    }
}
