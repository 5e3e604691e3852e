package org.w3id.sikg.reason;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Sources;

/**
 * The rules of an ontology directory (on disk or inside the jar): {@code rules/owl2rl.rules} first, then every other
 * {@code rules/*.rules} file in file-name order (the domain rules, {@code alliance.rules}). An ontology directory
 * without {@code rules/owl2rl.rules} gets the OWL 2 RL rules bundled with SIKG. Every file under the ontology
 * directory is part of the store's fingerprint, so editing a rule makes the store stale.
 */
public final class OntologyRules {

    private static final Logger LOG = LoggerFactory.getLogger(OntologyRules.class);
    /** Folder of the rule files, inside the ontology directory. */
    public static final String RULES_DIR = "rules";
    /** The OWL 2 RL rules file, run before the others. */
    public static final String OWL2RL_FILE = "owl2rl.rules";
    private static final String SUFFIX = ".rules";

    private OntologyRules() {
    }

    /**
     * Loads and validates the rules of {@code ontologyDir}; all problems of all files are reported together
     * (RULE-001, RULE-002, IO-001).
     */
    public static RuleSet of(Path ontologyDir) {
        Path dir = ontologyDir.resolve(RULES_DIR);
        Path owl2rl = dir.resolve(OWL2RL_FILE);
        List<Problem> problems = new ArrayList<>();
        RuleSet rules = null;
        if (Files.isRegularFile(owl2rl)) {
            rules = parse(owl2rl, problems);
        } else {
            LOG.info("no {}: using the OWL 2 RL rules bundled with SIKG", Sources.display(owl2rl));
            rules = RuleSet.owl2rl();
        }
        for (Path file : domainFiles(dir)) {
            RuleSet more = parse(file, problems);
            if (rules != null && more != null) {
                rules = rules.with(more);
            }
        }
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        return rules;
    }

    /** The rule files after {@code owl2rl.rules}, in file-name order. */
    static List<Path> domainFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .filter(f -> !f.getFileName().toString().equals(OWL2RL_FILE)).filter(Files::isRegularFile)
                    .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, Sources.display(dir), 0,
                    "cannot list the rule files: " + e.getMessage()), e);
        }
    }

    private static RuleSet parse(Path file, List<Problem> problems) {
        String name = Sources.display(file);
        try {
            return RuleSet.parse(name, Files.readString(file));
        } catch (IOException e) {
            problems.add(Problem.of(ErrorCode.IO_FAILURE, name, 0, "cannot read rules: " + e.getMessage()));
        } catch (SikgException e) {
            problems.addAll(e.problems());
        }
        return null;
    }
}
