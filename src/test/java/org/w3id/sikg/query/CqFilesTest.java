package org.w3id.sikg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.SIKG;

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
    void noQueryWritesItsAnswersIn() throws IOException {
        for (Path p : files()) {
            String body = Files.readString(p).replaceAll("(?m)^#.*$", "");
            for (Node label : CqStore.labels(p.getFileName().toString().substring(0, 4))) {
                assertThat(body).as(p.getFileName() + " names its answer " + label)
                        .doesNotContain("\"" + label.getLiteralLexicalForm() + "\"");
            }
        }
    }

    @Test
    void theReadmeLinksEveryQuestion() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (Path p : files()) {
            assertThat(readme).as("README links " + p).contains("(queries/cq/" + p.getFileName() + ")");
        }
    }

    @Test
    void everyOntologyTermAQueryUsesIsDeclaredInTheOntology() throws IOException {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "sikg.ttl").toString());
        Pattern term = Pattern.compile("\\bsikg:([A-Za-z][A-Za-z0-9]*)");
        int used = 0;
        for (Path p : files()) {
            Matcher m = term.matcher(Files.readString(p).replaceAll("(?m)^#.*$", ""));
            while (m.find()) {
                used++;
                Resource r = ontology.createResource(SIKG.NS + m.group(1));
                assertThat(ontology.contains(r, RDF.type)).as(p.getFileName() + ": sikg:" + m.group(1)).isTrue();
            }
        }
        assertThat(used).as("sikg: terms used by the questions").isGreaterThan(40);
    }
}
