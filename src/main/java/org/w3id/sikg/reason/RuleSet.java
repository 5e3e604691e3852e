package org.w3id.sikg.reason;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * An immutable, validated list of rules in Jena's rule syntax, e.g. {@code RuleSet.owl2rl().with(RuleSet.load(path))}.
 * Loading parses every file with Jena's rule parser and checks that SIKG's engine can evaluate every rule; all
 * problems of all files are reported together (RULE-001 syntax, RULE-002 unsupported construct, IO-001 unreadable).
 */
public final class RuleSet {

    /** Classpath location of the bundled OWL 2 RL/RDF rules (copied from {@code ontology/rules/owl2rl.rules}). */
    public static final String OWL2RL_RESOURCE = "/sikg/ontology/rules/owl2rl.rules";

    private final List<SourcedRule> rules;

    private RuleSet(List<SourcedRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The OWL 2 RL/RDF rules shipped with SIKG (W3C OWL 2 Profiles, section 4.3). */
    public static RuleSet owl2rl() {
        try (InputStream in = RuleSet.class.getResourceAsStream(OWL2RL_RESOURCE)) {
            if (in == null) {
                throw new SikgException(ErrorCode.IO_FAILURE, OWL2RL_RESOURCE, "bundled rules not on the classpath");
            }
            return parse("ontology/rules/owl2rl.rules", in);
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, OWL2RL_RESOURCE, 0, e.getMessage()), e);
        }
    }

    /** Loads and validates rule files, in order. */
    public static RuleSet load(Path... files) {
        List<Problem> problems = new ArrayList<>();
        List<SourcedRule> rules = new ArrayList<>();
        for (Path file : files) {
            try {
                rules.addAll(RuleFileReader.read(file.toString(), Files.readString(file), problems));
            } catch (IOException e) {
                problems.add(Problem.of(ErrorCode.IO_FAILURE, file.toString(), 0, "cannot read rules: " + e.getMessage()));
            }
        }
        return validated(rules, problems);
    }

    /** Parses and validates rules from a stream (UTF-8); {@code sourceName} locates problems. */
    public static RuleSet parse(String sourceName, InputStream in) throws IOException {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(sourceName, RuleFileReader.readAll(reader));
        }
    }

    /** Parses and validates rules from text; {@code sourceName} locates problems. */
    public static RuleSet parse(String sourceName, String text) {
        List<Problem> problems = new ArrayList<>();
        List<SourcedRule> rules = RuleFileReader.read(sourceName, text, problems);
        return validated(rules, problems);
    }

    /** This rule set followed by {@code other}'s rules. */
    public RuleSet with(RuleSet other) {
        List<SourcedRule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return validated(all, new ArrayList<>());
    }

    private static RuleSet validated(List<SourcedRule> rules, List<Problem> problems) {
        Map<String, SourcedRule> byName = new HashMap<>();
        for (SourcedRule rule : rules) {
            SourcedRule previous = byName.putIfAbsent(rule.name(), rule);
            if (rule.name() == null || rule.name().isBlank()) {
                problems.add(Problem.of(ErrorCode.RULE_UNSUPPORTED, rule.source(), rule.line(), "a rule needs a name"));
            } else if (previous != null) {
                problems.add(Problem.of(ErrorCode.RULE_UNSUPPORTED, rule.source(), rule.line(),
                        "duplicate rule name " + rule.name() + " (first at " + previous.location() + ")"));
            }
        }
        new RuleCompiler(new NodeDictionary(64)).compileAll(rules, problems);
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        return new RuleSet(rules);
    }

    List<SourcedRule> rules() {
        return rules;
    }

    /** The rule names, in order. */
    public List<String> names() {
        return rules.stream().map(SourcedRule::name).toList();
    }

    public int size() {
        return rules.size();
    }
}
