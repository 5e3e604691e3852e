package org.w3id.sikg.bench;

import static org.w3id.sikg.bench.Reports.json;

import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/** The JSON report of the LUBM workload ({@code target/bench/lubm.json}): the same figures as {@link LubmReport}. */
public final class LubmJson {

    private LubmJson() {
    }

    public static JsonObject of(Environment env, LubmSettings settings, List<LubmRun> runs) {
        JsonObject o = new JsonObject();
        o.put("workload", "lubm");
        o.put("environment", Reports.environmentJson(env));
        o.put("settings", settings(settings));
        JsonArray arr = new JsonArray();
        runs.forEach(r -> arr.add(run(r)));
        o.put("runs", arr);
        return o;
    }

    private static JsonObject settings(LubmSettings s) {
        JsonObject o = Reports.strings("lubm", s.lubmDir().toString(), "store", s.store().toString());
        o.put("warmup", s.warmup());
        o.put("rounds", s.rounds());
        o.put("b1_rounds", s.b1Rounds());
        o.put("timeout_s", s.timeout().toSeconds());
        JsonArray b = new JsonArray();
        s.baselines().forEach(x -> b.add(x.toString()));
        o.put("baselines", b);
        return o;
    }

    static JsonObject run(LubmRun run) {
        JsonObject o = new JsonObject();
        o.put("n", run.n());
        o.put("asserted", run.asserted());
        o.put("ontology_triples", run.ontologyTriples());
        o.put("sikg_note", run.sikgNote().<JsonValue>map(JsonString::new).orElse(JsonNull.instance));
        JsonObject summary = new JsonObject();
        LubmSummary.of(run).pairs().forEach(summary::put);
        o.put("summary", summary);
        JsonArray configs = new JsonArray();
        run.configs().forEach(c -> configs.add(config(c)));
        o.put("configs", configs);
        return o;
    }

    private static JsonObject config(ConfigResult c) {
        JsonObject o = Reports.strings("name", c.name(), "description", c.description());
        o.put("complete", c.complete());
        o.put("timeouts", c.timeouts());
        o.put("skipped", c.skipped());
        o.put("cold_total_s", json(c.coldTotalSeconds()));
        o.put("warm_total_s", json(c.warmTotalSeconds()));
        o.put("totals_are_lower_bounds", c.totalsAreLowerBounds());
        o.put("peak_heap_bytes", c.peakHeapBytes());
        JsonArray notes = new JsonArray();
        c.notes().forEach(notes::add);
        o.put("notes", notes);
        JsonArray phases = new JsonArray();
        for (Phase p : c.phases()) {
            JsonObject po = Reports.strings("name", p.name());
            po.put("seconds", json(p.seconds()));
            po.put("triples_in", p.triplesIn());
            po.put("triples_out", p.triplesOut());
            po.put("peak_heap_bytes", p.peakHeapBytes());
            phases.add(po);
        }
        o.put("phases", phases);
        JsonArray queries = new JsonArray();
        c.queries().forEach(q -> queries.add(query(q)));
        o.put("queries", queries);
        return o;
    }

    private static JsonObject query(QueryTiming q) {
        JsonObject o = Reports.strings("id", q.id(), "status", q.cold().status().toString());
        o.put("rows", q.rows());
        o.put("expected", q.expected().isPresent() ? JsonNumber.value(q.expected().getAsLong()) : JsonNull.instance);
        o.put("complete", q.complete());
        o.put("cold_ms", json(q.cold().millis()));
        o.put("warm_median_ms", json(q.warmMedianMillis()));
        o.put("warm_rounds", q.warmRounds());
        if (!q.cold().detail().isEmpty()) {
            o.put("detail", q.cold().detail());
        }
        return o;
    }
}
