package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.testing.Fixtures;

/**
 * One negative fixture per error code of the loader (src/test/resources/load/negative/<case>/): the case's files
 * overlay the basic fixture, and {@code expected.txt} lists exactly the errors the pipeline must report, one per
 * line: {@code CODE file:line[:column] [text the message or hint contains]}.
 */
class NegativeFixturesTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.resource("load/negative"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reportsExactlyTheExpectedProblems(String name, @TempDir Path root) throws IOException {
        Sources sources = Fixtures.copy(root, "load/negative/" + name);
        Pipeline.Build build = Pipeline.build(sources, List.of());
        List<String> actual = new ArrayList<>();
        for (Problem p : build.problems().errors()) {
            actual.add(p.code().code() + " " + relative(root, p.location()));
        }
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.resource("load/negative/" + name).resolve("expected.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 3);
            expected.add(parts[0] + " " + parts[1]);
            if (parts.length == 3) {
                assertThat(build.problems().errors()).as("a problem mentioning: " + parts[2])
                        .anyMatch(p -> p.format().contains(parts[2]));
            }
        }
        assertThat(actual).as(name + ": " + build.problems().errors()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(build.ok()).isFalse();
    }

    private static String relative(Path root, String location) {
        String prefix = Sources.display(root) + "/";
        return location.startsWith(prefix) ? location.substring(prefix.length()) : location;
    }
}
