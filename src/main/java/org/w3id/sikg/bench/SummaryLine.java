package org.w3id.sikg.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * The one-line summary a workload run ends with: space-separated {@code key=value} pairs in a fixed order, e.g.
 * {@code workload=lubm n=1 asserted=100543 closure=n/a materialise_s=n/a complete=n/a ...}. A value is never empty
 * and never contains white space; {@value #NA} marks a figure that was not measured, and a leading {@code >} a lower
 * bound (some query timed out).
 */
public final class SummaryLine {

    /** The value of a figure that was not measured. */
    public static final String NA = "n/a";

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");

    private final Map<String, String> pairs = new LinkedHashMap<>();

    /** Adds a pair; keys are lower-case identifiers, values non-empty without white space. */
    public SummaryLine put(String key, String value) {
        if (!KEY.matcher(key).matches() || pairs.containsKey(key)) {
            throw new IllegalArgumentException("bad or repeated summary key '" + key + "'");
        }
        if (value == null || value.isEmpty() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("bad summary value for " + key + ": '" + value + "'");
        }
        pairs.put(key, value);
        return this;
    }

    public SummaryLine put(String key, long value) {
        return put(key, Long.toString(value));
    }

    /** Adds a decimal with {@code decimals} digits, or {@value #NA} when absent or not finite. */
    public SummaryLine put(String key, OptionalDouble value, int decimals, boolean lowerBound) {
        if (value.isEmpty() || !Double.isFinite(value.getAsDouble())) {
            return put(key, NA);
        }
        String number = String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble());
        return put(key, lowerBound ? ">" + number : number);
    }

    public Map<String, String> pairs() {
        return java.util.Collections.unmodifiableMap(pairs);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        pairs.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : " ").append(k).append('=').append(v));
        return sb.toString();
    }

    /** Parses a summary line back into its pairs (for tests and tools reading the output). */
    public static Map<String, String> parse(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : line.trim().split(" +")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value pair: '" + part + "'");
            }
            out.put(part.substring(0, eq), part.substring(eq + 1));
        }
        return out;
    }
}
