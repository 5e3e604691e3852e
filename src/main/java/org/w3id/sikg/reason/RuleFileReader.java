package org.w3id.sikg.reason;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.reasoner.ReasonerException;
import org.apache.jena.reasoner.rulesys.BuiltinRegistry;
import org.apache.jena.reasoner.rulesys.MapBuiltinRegistry;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.reasoner.rulesys.builtins.BaseBuiltin;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;

/**
 * Reads a rule file in Jena's rule syntax: whole-line comments ({@code #} or {@code //}), {@code @prefix p: <iri>.}
 * lines, and rules {@code [name: body -> head]} that may span lines. Each rule is handed to Jena's own parser
 * ({@link Rule#rulesParserFromReader}) separately, so that a syntax error is reported with the rule's file and line.
 */
final class RuleFileReader {

    private final String source;
    private final List<Problem> problems;
    private final StringBuilder prefixes = new StringBuilder();
    private final List<SourcedRule> rules = new ArrayList<>();

    private RuleFileReader(String source, List<Problem> problems) {
        this.source = source;
        this.problems = problems;
    }

    /** Parses the text; syntax errors are added to {@code problems} and the rules that parsed are returned. */
    static List<SourcedRule> read(String source, String text, List<Problem> problems) {
        RuleFileReader reader = new RuleFileReader(source, problems);
        reader.scan(text);
        return reader.rules;
    }

    private void scan(String text) {
        StringBuilder chunk = new StringBuilder();
        int depth = 0;
        int start = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (depth == 0 && (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("//"))) {
                continue;
            }
            if (depth == 0 && trimmed.startsWith("@prefix")) {
                prefixes.append(trimmed).append('\n');
                continue;
            }
            if (depth == 0 && trimmed.startsWith("@")) {
                problems.add(Problem.of(ErrorCode.RULE_UNSUPPORTED, source, i + 1,
                        "only @prefix directives are supported (no @include): " + trimmed));
                continue;
            }
            if (depth > 0 && (trimmed.startsWith("#") || trimmed.startsWith("//"))) {
                continue;
            }
            if (depth == 0) {
                start = i + 1;
                chunk.setLength(0);
            }
            chunk.append(lines[i]).append('\n');
            depth += bracketBalance(lines[i]);
            if (depth <= 0) {
                parse(chunk.toString(), start);
                depth = 0;
            }
        }
        if (depth > 0) {
            problems.add(Problem.of(ErrorCode.RULE_SYNTAX, source, start, "rule not closed: missing ']'"));
        }
    }

    /** Net count of '[' minus ']' outside quoted strings and IRIs. */
    private static int bracketBalance(String line) {
        int balance = 0;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '<' && line.indexOf('>', i) > i && !line.startsWith("<-", i)) {
                quote = '>';
            } else if (c == '[') {
                balance++;
            } else if (c == ']') {
                balance--;
            }
        }
        return balance;
    }

    private void parse(String ruleText, int line) {
        String text = prefixes + ruleText;
        try {
            Rule.Parser parser = Rule.rulesParserFromReader(new BufferedReader(new StringReader(text)), registry());
            for (Rule rule : Rule.parseRules(parser)) {
                rules.add(new SourcedRule(rule, source, line));
            }
        } catch (Rule.ParserException e) {
            problems.add(Problem.of(ErrorCode.RULE_SYNTAX, source, line, oneLine(e.getMessage())));
        } catch (ReasonerException e) {
            // Jena's parser refuses an unknown builtin in a head (in a body it only warns; the compiler refuses it)
            problems.add(Problem.of(ErrorCode.RULE_UNSUPPORTED, source, line, oneLine(e.getMessage())));
        }
    }

    private static String oneLine(String message) {
        return message == null ? "rule syntax error" : message.replaceAll("\\s+", " ").trim();
    }

    private static BuiltinRegistry registry;

    /** Jena's builtins plus {@code inconsistent}, so that the parser accepts every name; the compiler then keeps ours. */
    private static synchronized BuiltinRegistry registry() {
        if (registry == null) {
            MapBuiltinRegistry r = new MapBuiltinRegistry();
            for (Builtin b : Builtin.values()) {
                org.apache.jena.reasoner.rulesys.Builtin jena = BuiltinRegistry.theRegistry.getImplementation(b.ruleName());
                r.register(b.ruleName(), jena != null ? jena : new Declaration(b.ruleName()));
            }
            registry = r;
        }
        return registry;
    }

    /** Names a builtin Jena does not have ({@code inconsistent}) for the parser; SIKG's engine evaluates it itself. */
    private static final class Declaration extends BaseBuiltin {
        private final String name;

        Declaration(String name) {
            this.name = name;
        }

        @Override
        public String getName() {
            return name;
        }
    }

    static String readAll(java.io.Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int n; (n = in.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }
}
