package org.w3id.sikg.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * The quality checks in queries/checks/ pass on the ontology, and each one does fail: over a fixture with one
 * deliberate fault per check, each check reports the faulty term by name.
 */
class ViolationChecksTest {

    private static final Path CHECKS = Path.of("queries/checks");
    private static final Path ONTOLOGY = Path.of("ontology/sikg.ttl");

    /** Check name -> the term of src/test/resources/validate/bad-ontology.ttl it must report. */
    private static final Map<String, String> FAULTS = Map.ofEntries(
            Map.entry("missing-label", "sikg:BadNoLabel"),
            Map.entry("missing-definition", "sikg:BadNoDefinition"),
            Map.entry("missing-origin", "sikg:BadNoOrigin"),
            Map.entry("unknown-section", "sikg:BadSection"),
            Map.entry("orphan-class", "sikg:BadOrphan"),
            Map.entry("undeclared-term", "sikg:badUndeclared"),
            Map.entry("missing-domain-range", "sikg:badNoDomain"),
            Map.entry("unintended-punning", "sikg:BadPunned"),
            Map.entry("concept-scheme", "sikgid:bad-concept"),
            Map.entry("duplicate-label", "sikg:BadDuplicate"),
            Map.entry("definition-style", "sikg:BadStyle"));

    private static ViolationChecks checks;
    private static Model faulty;

    @BeforeAll
    static void load() {
        checks = ViolationChecks.fromDirectory(CHECKS);
        faulty = OntologyClosure.load(ONTOLOGY);
        RDFDataMgr.read(faulty, "src/test/resources/validate/bad-ontology.ttl");
    }

    @Test
    void theOntologyPassesEveryCheck() {
        List<Problem> problems = checks.run(OntologyClosure.load(ONTOLOGY));
        assertThat(problems).as("violations (each names its check and term)").extracting(Problem::format).isEmpty();
    }

    @Test
    void everyCheckFileHasAFaultExampleAndViceVersa() {
        assertThat(checks.checks()).extracting(ViolationChecks.Check::name)
                .containsExactlyInAnyOrderElementsOf(FAULTS.keySet());
    }

    static Stream<String> checkNames() {
        return FAULTS.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkNames")
    void eachCheckReportsItsFaultByName(String name) {
        ViolationChecks.Check check = checks.checks().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        List<Problem> problems = ViolationChecks.run(check, faulty);
        assertThat(problems).extracting(Problem::message).anyMatch(m -> m.contains("] " + FAULTS.get(name)));
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.code()).isEqualTo(ErrorCode.CHECK_VIOLATION);
            assertThat(p.source()).endsWith(name + "-violation.rq");
            assertThat(p.hint()).isNotBlank().isNotEqualTo(ErrorCode.CHECK_VIOLATION.hint());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkNames")
    void eachCheckExplainsWhatWhyAndFix(String name) throws IOException {
        List<String> header = Files.readAllLines(CHECKS.resolve(name + "-violation.rq")).stream()
                .takeWhile(l -> l.startsWith("#")).toList();
        assertThat(header.get(0)).startsWith("# " + name + ": ");
        assertThat(header).anyMatch(l -> l.startsWith("# Why: ")).anyMatch(l -> l.startsWith("# Fix: "));
    }

    @Test
    void aMalformedCheckIsReportedWithItsLocation(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken-violation.rq"), "# broken: x\n# Fix: y\nSELECT ?term WHERE {\n  ?term ?p\n}\n");
        Files.writeString(dir.resolve("no-term-violation.rq"), "SELECT ?x WHERE { ?x ?p ?o }\n");
        assertThatThrownBy(() -> ViolationChecks.fromDirectory(dir)).isInstanceOfSatisfying(SikgException.class, e -> {
            assertThat(e.problems()).hasSize(2).allSatisfy(p -> assertThat(p.code()).isEqualTo(ErrorCode.CHECK_QUERY_INVALID));
            assertThat(e.problems()).anySatisfy(p -> {
                assertThat(p.source()).endsWith("broken-violation.rq");
                assertThat(p.line()).isPositive();
            });
            assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("?term"));
        });
    }
}
