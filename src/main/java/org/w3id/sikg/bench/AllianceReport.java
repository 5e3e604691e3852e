package org.w3id.sikg.bench;

import static org.w3id.sikg.bench.Reports.num;
import static org.w3id.sikg.bench.Reports.row;

import java.util.Optional;
import java.util.OptionalDouble;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Summary line, Markdown and JSON of W3 ({@code target/bench/alliance.md}, {@code .json}). */
public final class AllianceReport {

    private AllianceReport() {
    }

    /** {@code workload=alliance import_s materialise_s closure store_load_s query_total_s queries status}. */
    public static SummaryLine summary(AllianceResult r) {
        SummaryLine line = new SummaryLine().put("workload", "alliance");
        line.put("import_s", seconds(r, "import"), 3, false);
        line.put("materialise_s", seconds(r, SikgConfig.MATERIALISE), 3, false);
        line.put("closure", phase(r, SikgConfig.MATERIALISE).map(p -> Long.toString(p.triplesOut()))
                .orElse(SummaryLine.NA));
        line.put("query_total_s", r.queries().isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(r.queries().stream().mapToDouble(q -> Double.isNaN(q.warmMedianMillis())
                        ? q.cold().millis() : q.warmMedianMillis()).sum() / 1000), 3, false);
        line.put("queries", r.unavailable().isPresent() ? SummaryLine.NA : Integer.toString(r.queries().size()));
        return line.put("status", r.unavailable().isPresent() ? "unavailable" : "measured");
    }

    private static Optional<Phase> phase(AllianceResult r, String name) {
        return r.phases().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static OptionalDouble seconds(AllianceResult r, String name) {
        return phase(r, name).map(p -> OptionalDouble.of(p.seconds())).orElse(OptionalDouble.empty());
    }

    public static String markdown(Environment env, AllianceResult r) {
        StringBuilder sb = new StringBuilder("# SIKG benchmark: COW alliance data (W3)\n\n");
        sb.append("Written by `sikg bench alliance`; how it is measured: docs/benchmark.md.\n\n");
        sb.append(Reports.environment(env));
        sb.append("Summary line:\n\n```\n").append(summary(r)).append("\n```\n\n");
        r.inputs().forEach(i -> sb.append("- input ").append(i).append('\n'));
        if (r.unavailable().isPresent()) {
            return sb.append("\n**Not measured: ").append(r.unavailable().get()).append(".**\n").toString();
        }
        sb.append('\n').append(row("phase", "s", "triples in", "triples out")).append("|---|---|---|---|\n");
        r.phases().forEach(p -> sb.append(row(p.name(), num(p.seconds(), 3), p.triplesIn(), p.triplesOut())));
        sb.append('\n').append(row("query", "rows", "cold ms", "warm median ms")).append("|---|---|---|---|\n");
        r.queries().forEach(q -> sb.append(row(q.name(), q.cold().ok() ? q.cold().rows() : q.cold().status(),
                num(q.cold().millis(), 1), num(q.warmMedianMillis(), 1))));
        return sb.toString();
    }

    public static JsonObject toJson(Environment env, AllianceResult r) {
        JsonObject o = Reports.strings("workload", "alliance");
        o.put("environment", Reports.environmentJson(env));
        JsonObject summary = new JsonObject();
        summary(r).pairs().forEach(summary::put);
        o.put("summary", summary);
        r.unavailable().ifPresent(u -> o.put("unavailable", u));
        JsonArray inputs = new JsonArray();
        r.inputs().forEach(inputs::add);
        o.put("inputs", inputs);
        JsonArray phases = new JsonArray();
        r.phases().forEach(p -> {
            JsonObject po = Reports.strings("name", p.name());
            po.put("seconds", Reports.json(p.seconds()));
            po.put("triples_out", p.triplesOut());
            phases.add(po);
        });
        o.put("phases", phases);
        JsonArray queries = new JsonArray();
        r.queries().forEach(q -> {
            JsonObject qo = Reports.strings("name", q.name(), "status", q.cold().status().toString());
            qo.put("rows", q.cold().rows());
            qo.put("cold_ms", Reports.json(q.cold().millis()));
            qo.put("warm_median_ms", Reports.json(q.warmMedianMillis()));
            queries.add(qo);
        });
        o.put("queries", queries);
        return o;
    }
}
