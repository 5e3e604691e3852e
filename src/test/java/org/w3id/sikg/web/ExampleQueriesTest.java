package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's examples: whatever competency-question files exist, in a directory or inside the jar. */
class ExampleQueriesTest {

    @TempDir
    Path dir;

    @Test
    void titlesComeFromTheFirstHeaderCommentLine() {
        assertThat(ExampleQueries.title("# cq01: Which states are spokes?\n# Sections: §2.1\nSELECT", "x"))
                .isEqualTo("Which states are spokes?");
        assertThat(ExampleQueries.title("#\n# CQ 12 — Who became Cambodia's donors?\n", "x"))
                .isEqualTo("Who became Cambodia's donors?");
        assertThat(ExampleQueries.title("# Question: How many facilities?\n", "x")).isEqualTo("How many facilities?");
        assertThat(ExampleQueries.title("SELECT * WHERE {}\n# late comment", "cq99-none")).isEqualTo("cq99-none");
        assertThat(ExampleQueries.example("cq05-no-duty.rq", "# Which parties have no duty?\n").name())
                .isEqualTo("cq05");
    }

    @Test
    void aQuestionWrappedOverSeveralCommentLinesIsReadWhole() {
        String header = "# cq03 In the bargain, what does the patron provide and what does the\n"
                + "#      client provide?\n"
                + "# Sections: §2.3 (the patron exports security), §5 (the bargain restated), §2.4 and\n"
                + "#           §4.1.\n"
                + "SELECT * {}\n";
        assertThat(ExampleQueries.title(header, "x"))
                .isEqualTo("In the bargain, what does the patron provide and what does the client provide?");
        assertThat(ExampleQueries.title("# cq01 One line?\n#\n#    not part of it\nASK {}", "x"))
                .isEqualTo("One line?");
        assertThat(ExampleQueries.title("# cq02 Ends at the query?\n#   yes\nASK {}", "x"))
                .isEqualTo("Ends at the query? yes");
    }

    @Test
    void aDirectoryIsReadInFileNameOrderAndOnlyRqFiles() throws IOException {
        Files.writeString(dir.resolve("cq02-b.rq"), "# Second\nASK {}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cq01-a.rq"), "# First\nASK {}", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("README.md"), "# not a query", StandardCharsets.UTF_8);
        List<ExampleQueries.Example> list = new ExampleQueries(Optional.of(dir)).list();
        assertThat(list).extracting(ExampleQueries.Example::name).containsExactly("cq01", "cq02");
        assertThat(list.get(0).query()).isEqualTo("# First\nASK {}");
        assertThat(new ExampleQueries(Optional.of(dir.resolve("missing"))).list()).isEmpty();
    }

    @Test
    void theJarsEmbeddedQueriesAreListedAsInTheShadedJar() throws IOException {
        Path jar = dir.resolve("queries.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("sikg/queries/cq/"));
            out.closeEntry();
            entry(out, "sikg/queries/cq/cq03-bargain.rq", "# cq03: What does the patron provide?\nSELECT * {}\n");
            entry(out, "sikg/queries/cq/cq01-spokes.rq", "# cq01: Which states are spokes?\nSELECT * {}\n");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<ExampleQueries.Example> list = new ExampleQueries(Optional.empty(), loader).list();
            assertThat(list).extracting(ExampleQueries.Example::title)
                    .containsExactly("Which states are spokes?", "What does the patron provide?");
            assertThat(new ExampleQueries(Optional.empty(), loader).list()).hasSize(2);
        }
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThat(new ExampleQueries(Optional.empty(), empty).list()).isEmpty();
        }
    }

    private static void entry(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream o = out;
        o.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
