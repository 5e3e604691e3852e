package org.w3id.sikg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;

/** Number formatting shared by the report writers, and writing {@code <out>/<workload>.md} and {@code .json}. */
public final class Reports {

    /** Says how far to trust the figures; printed in every Markdown report. */
    public static final String NOISE_NOTE = "Figures from one run on the machine described above. On a shared or busy"
            + " machine (check the load while it ran) they are noisy: compare ratios from the same run, and rerun on a"
            + " quiet machine before quoting absolute times.";

    private Reports() {
    }

    /** Writes both report files and returns the Markdown path. */
    public static Path write(Path outDir, String workload, String markdown, JsonObject json) throws IOException {
        Files.createDirectories(outDir);
        Path md = outDir.resolve(workload + ".md");
        Files.writeString(md, markdown, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve(workload + ".json"), JSON.toString(json) + "\n", StandardCharsets.UTF_8);
        return md;
    }

    /** Bytes as MiB, e.g. {@code 612 MiB}; {@code -} for 0 (not measured). */
    public static String mib(long bytes) {
        return bytes <= 0 ? "-" : (bytes >> 20) + " MiB";
    }

    /** A decimal with {@code decimals} digits; {@code -} for NaN (not measured). */
    public static String num(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }

    /** A JSON number, or null for NaN/infinite (not measured). */
    public static JsonValue json(double value) {
        return Double.isFinite(value) ? JsonNumber.value(value) : JsonNull.instance;
    }

    /** A JSON object from alternating keys and string values. */
    public static JsonObject strings(String... keysAndValues) {
        JsonObject o = new JsonObject();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            o.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return o;
    }

    /** A Markdown table row from its cells. */
    public static String row(Object... cells) {
        StringBuilder sb = new StringBuilder("|");
        for (Object c : cells) {
            sb.append(' ').append(String.valueOf(c).replace("|", "\\|")).append(" |");
        }
        return sb.append('\n').toString();
    }

    /** The Markdown environment section. */
    public static String environment(Environment env) {
        StringBuilder sb = new StringBuilder("## Environment\n\n| | |\n|---|---|\n");
        env.values().forEach((k, v) -> sb.append(row(k, v.isEmpty() ? "-" : v)));
        return sb.append('\n').append(NOISE_NOTE).append("\n\n").toString();
    }

    /** The environment as a JSON object. */
    public static JsonObject environmentJson(Environment env) {
        JsonObject o = new JsonObject();
        env.values().forEach(o::put);
        return o;
    }
}
