package org.w3id.sikg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code queries/cq/}: one file per question cq01..cq20, each a SELECT with a header comment (the
 * question, its sections, the inferences it relies on), whose first projected variable is the English label of
 * each answer; the README links every file.
 */
class CqFilesTest {

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(CompetencyQuestionsTest.cqDir())) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    @Test
    void thereIsOneFilePerQuestion() throws IOException {
        List<String> prefixes = files().stream().map(p -> p.getFileName().toString().substring(0, 4)).toList();
        assertThat(prefixes).containsExactlyElementsOf(
                IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("cq%02d", i)).toList());
        assertThat(files()).allSatisfy(p -> assertThat(p.getFileName().toString()).matches("cq\\d\\d-[a-z0-9-]+\\.rq"));
    }

    @Test
    void eachFileHasTheHeaderAndIsASelect() throws IOException {
        for (Path p : files()) {
            String text = Files.readString(p);
            String cq = p.getFileName().toString().substring(0, 4);
            assertThat(text).as(p.toString()).startsWith("# " + cq + " ").contains("\n# Sections:")
                    .contains("\n# Inferences:").contains("\n# Columns:");
            Query q = QueryFiles.read(p);
            assertThat(q.isSelectType()).as(p + " is a SELECT").isTrue();
            assertThat(q.getProjectVars()).as(p.toString()).isNotEmpty();
            assertThat(q.getProjectVars().get(0).getVarName()).as(p + ": first column").isEqualTo("label");
        }
    }

    @Test
    void theFirstColumnIsAnEnglishLabel() throws IOException {
        for (Path p : files()) {
            String cq = p.getFileName().toString().substring(0, 4);
            List<Node> labels = CqStore.labels(cq);
            assertThat(labels).as(cq + " has answers").isNotEmpty();
            assertThat(labels).as(cq + ": English literals").allSatisfy(n -> {
                assertThat(n.isLiteral()).isTrue();
                assertThat(n.getLiteralLanguage()).isEqualTo("en");
            });
        }
    }

    @Test
    void noQueryFiltersOnItsAnswerLabels() throws IOException {
        for (Path p : files()) {
            String body = Files.readString(p).replaceAll("(?m)^#.*$", "");
            assertThat(body).as(p.toString()).doesNotContainPattern("FILTER\\s*\\([^)]*\\?label");
        }
    }

    @Test
    void theReadmeLinksEveryQuestion() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Path p : files()) {
            assertThat(readme).as("README links " + p).contains("(queries/cq/" + p.getFileName() + ")");
        }
    }
}
