package org.w3id.sikg.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/** Rule files: Jena syntax, located errors (RULE-001 syntax, RULE-002 unsupported), the bundled OWL 2 RL rules. */
class RuleSetTest {

    private static final String PREFIX = "@prefix ex: <http://example.org/>.\n";

    @Test
    void bundledOwl2RlRulesAreNamedAsInTheSpecification() {
        RuleSet rl = RuleSet.owl2rl();
        assertThat(rl.names()).contains("eq-sym", "eq-rep-s", "prp-dom", "prp-spo2", "prp-key", "cls-int1", "cls-svf1",
                "cls-maxqc4", "cax-sco", "cax-adc", "scm-cls", "scm-avf2", "dt-type1", "dt-diff");
        assertThat(rl.size()).isGreaterThan(80);
    }

    @Test
    void parsesCommentsPrefixesAndMultiLineRules() {
        RuleSet rules = RuleSet.parse("t.rules", PREFIX + "# a comment\n// another\n[r1: (?a ex:p ?b)\n"
                + "   (?b ex:p ?c) -> (?a ex:p ?c)]\n[r2: (?a ex:q ?b) notEqual(?a, ?b) -> (?b ex:q ?a)]\n");
        assertThat(rules.names()).containsExactly("r1", "r2");
    }

    @Test
    void syntaxErrorIsLocatedAtTheRuleLine() {
        String text = PREFIX + "[ok: (?a ex:p ?b) -> (?b ex:p ?a)]\n\n[bad: (?a ex:p ?b -> (?b ex:p ?a)]\n";
        Problem p = single(() -> RuleSet.parse("bad.rules", text));
        assertThat(p.code()).isEqualTo(ErrorCode.RULE_SYNTAX);
        assertThat(p.location()).isEqualTo("bad.rules:4");
    }

    @Test
    void unknownBuiltinIsRefused() {
        Problem p = single(() -> RuleSet.parse("u.rules", PREFIX + "[r: (?a ex:p ?b) listContains(?a, ?b) -> (?b ex:p ?a)]"));
        assertThat(p.code()).isEqualTo(ErrorCode.RULE_UNSUPPORTED);
        assertThat(p.message()).contains("listContains");
    }

    @Test
    void unclosedRuleIsReported() {
        Problem p = single(() -> RuleSet.parse("open.rules", PREFIX + "[r: (?a ex:p ?b) -> (?b ex:p ?a)\n"));
        assertThat(p.format()).contains("open.rules:2", "RULE-001", "missing ']'");
    }

    @Test
    void unsafeHeadVariableBackwardRulesAndDuplicatesAreRefused() {
        String text = PREFIX + "[unsafe: (?a ex:p ?b) -> (?a ex:p ?c)]\n[back: (?a ex:p ?b) <- (?b ex:p ?a)]\n"
                + "[dup: (?a ex:p ?b) -> (?b ex:p ?a)]\n[dup: (?a ex:q ?b) -> (?b ex:q ?a)]\n";
        SikgException e = org.junit.jupiter.api.Assertions.assertThrows(SikgException.class,
                () -> RuleSet.parse("r.rules", text));
        assertThat(e.problems()).extracting(Problem::code).containsOnly(ErrorCode.RULE_UNSUPPORTED);
        assertThat(e.problems()).extracting(Problem::location).containsExactlyInAnyOrder("r.rules:2", "r.rules:3",
                "r.rules:5");
        assertThat(e.problems().stream().map(Problem::message)).anyMatch(m -> m.contains("?c"));
    }

    @Test
    void includeDirectivesAreRefused() {
        Problem p = single(() -> RuleSet.parse("i.rules", PREFIX + "@include <RDFS>.\n[a: (?x ex:p ?y) -> (?y ex:p ?x)]\n"));
        assertThat(p.code()).isEqualTo(ErrorCode.RULE_UNSUPPORTED);
        assertThat(p.location()).isEqualTo("i.rules:2");
    }

    @Test
    void builtinNeedsBoundInputs() {
        Problem p = single(() -> RuleSet.parse("b.rules", PREFIX + "[r: (?a ex:p ?b) lessThan(?b, ?z) -> (?a ex:q ?b)]"));
        assertThat(p.code()).isEqualTo(ErrorCode.RULE_UNSUPPORTED);
    }

    @Test
    void loadsFilesAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.rules");
        Files.writeString(file, PREFIX + "[a: (?x ex:p ?y) -> (?y ex:p ?x)]\n");
        assertThat(RuleSet.load(file).with(RuleSet.owl2rl()).names()).startsWith("a");
        assertThatThrownBy(() -> RuleSet.load(dir.resolve("missing.rules"))).isInstanceOf(SikgException.class)
                .extracting(e -> ((SikgException) e).code()).isEqualTo(ErrorCode.IO_FAILURE);
    }

    private static Problem single(Runnable action) {
        SikgException e = org.junit.jupiter.api.Assertions.assertThrows(SikgException.class, action::run);
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }
}
