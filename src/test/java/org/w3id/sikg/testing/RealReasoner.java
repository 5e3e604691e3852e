package org.w3id.sikg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.reason.Materialisation;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.RuleSet;
import org.w3id.sikg.reason.Sources;
import org.w3id.sikg.vocab.Prefixes;

/**
 * SIKG's own materialiser as an {@link Enricher}, for tests that need real reasoning in the store: OWL 2 RL plus the
 * domain rules of ontology/rules/ that this build has (none but owl2rl.rules until the domain rules are merged).
 * Inconsistent data throws REASON-001, as the registered reasoner does.
 */
public final class RealReasoner {

    private static final Path RULES = Path.of("ontology", "rules");

    private RealReasoner() {
    }

    /** The domain rule files of the working copy (every .rules file but owl2rl.rules). */
    public static List<Path> domainRuleFiles() {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.filter(p -> p.toString().endsWith(".rules") && !p.getFileName().toString().equals(
                    "owl2rl.rules")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the domain rules contain a rule of that name (e.g. {@code long-lived-alliance}). */
    public static boolean hasDomainRule(String name) {
        List<Path> files = domainRuleFiles();
        return !files.isEmpty() && RuleSet.load(files.toArray(Path[]::new)).names().contains(name);
    }

    public static Enricher enricher() {
        List<Path> files = domainRuleFiles();
        RuleSet rules = files.isEmpty() ? RuleSet.owl2rl() : RuleSet.owl2rl().with(RuleSet.load(files.toArray(Path[]::new)));
        return Enricher.inferredGraph("test-reasoner", asserted -> {
            Materialisation m = new Materialiser(rules).materialise(asserted);
            m.requireConsistent(Sources.namedGraphs(asserted), Prefixes.prefixMapping());
            return m.inferred();
        });
    }
}
