package org.w3id.sikg.reason;

import org.apache.jena.reasoner.rulesys.Rule;

/**
 * A rule as parsed by Jena's rule parser, with where it was written.
 *
 * @param rule the parsed rule
 * @param source the rule file's name
 * @param line the 1-based line of the rule's opening bracket
 */
record SourcedRule(Rule rule, String source, int line) {

    String name() {
        return rule.getName();
    }

    String location() {
        return source + ":" + line;
    }
}
