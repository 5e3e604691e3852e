package org.w3id.sikg.bench;

import static org.w3id.sikg.bench.Reports.mib;
import static org.w3id.sikg.bench.Reports.num;
import static org.w3id.sikg.bench.Reports.row;

import java.util.List;

/** The Markdown report of the LUBM workload ({@code target/bench/lubm.md}); the JSON twin is {@link LubmJson}. */
public final class LubmReport {

    private LubmReport() {
    }

    public static String markdown(Environment env, LubmSettings settings, List<LubmRun> runs) {
        StringBuilder sb = new StringBuilder("# SIKG benchmark: LUBM\n\n");
        sb.append("Written by `sikg bench lubm`; how it is measured: docs/benchmark.md.\n\n");
        sb.append(Reports.environment(env));
        sb.append("Settings: input `").append(settings.lubmDir()).append("`, store ").append(settings.store())
                .append(", warm-up ").append(settings.warmup()).append(" + ").append(settings.rounds())
                .append(" measured passes (B1: ").append(settings.b1Rounds()).append("), per-query timeout ")
                .append(settings.timeout().toSeconds()).append(" s, baselines ").append(settings.baselines())
                .append(".\n\n");
        for (LubmRun run : runs) {
            sb.append(run(run));
        }
        return sb.toString();
    }

    static String run(LubmRun run) {
        StringBuilder sb = new StringBuilder("## LUBM(").append(run.n()).append(")\n\n");
        sb.append(run.asserted()).append(" asserted data triples, ontology ").append(run.ontologyTriples())
                .append(" triples.\n\n");
        run.sikgNote().ifPresent(note -> sb.append("**").append(note).append(".**\n\n"));
        sb.append("Summary line:\n\n```\n").append(LubmSummary.of(run)).append("\n```\n\n");
        sb.append(totals(run)).append(phases(run)).append(answers(run)).append(times(run));
        for (ConfigResult c : run.configs()) {
            c.notes().forEach(n -> sb.append("- ").append(c.name()).append(": ").append(n).append('\n'));
        }
        return sb.append('\n').toString();
    }

    private static String totals(LubmRun run) {
        StringBuilder sb = new StringBuilder("### Configurations\n\n");
        sb.append(row("config", "what", "complete", "timeouts / not run", "cold total s", "warm total s", "peak heap"));
        sb.append("|---|---|---|---|---|---|---|\n");
        for (ConfigResult c : run.configs()) {
            String bound = c.totalsAreLowerBounds() ? ">" : "";
            sb.append(row(c.name(), c.description(), c.complete() + "/" + c.queries().size(),
                    c.timeouts() + " / " + c.skipped(),
                    bound + num(c.coldTotalSeconds(), 3), bound + num(c.warmTotalSeconds(), 3),
                    mib(c.peakHeapBytes())));
        }
        return sb.append('\n').toString();
    }

    private static String phases(LubmRun run) {
        StringBuilder sb = new StringBuilder("### Phases\n\n");
        sb.append(row("config", "phase", "s", "triples in", "triples out", "in triples/s", "peak heap"));
        sb.append("|---|---|---|---|---|---|---|\n");
        for (ConfigResult c : run.configs()) {
            for (Phase p : c.phases()) {
                sb.append(row(c.name(), p.name(), num(p.seconds(), 3), p.triplesIn() > 0 ? p.triplesIn() : "-",
                        p.triplesOut() > 0 ? p.triplesOut() : "-", num(p.throughput(), 0), mib(p.peakHeapBytes())));
            }
        }
        return sb.append('\n').toString();
    }

    private static String answers(LubmRun run) {
        StringBuilder sb = new StringBuilder("### Answer counts\n\n");
        sb.append(header(run, "query", "scaling", "expected"));
        for (int i = 0; i < run.queries().size(); i++) {
            Object[] cells = queryCells(run, run.queries().get(i));
            for (int c = 0; c < run.configs().size(); c++) {
                QueryTiming t = run.configs().get(c).queries().get(i);
                cells[3 + c] = t.cold().ok() ? t.rows() + (t.complete() ? "" : " ✗") : t.cold().status();
            }
            sb.append(row(cells));
        }
        return sb.append("\n✗ = differs from the reference count.\n\n").toString();
    }

    private static String times(LubmRun run) {
        StringBuilder sb = new StringBuilder("### Query times, ms (cold / warm median)\n\n");
        sb.append(header(run, "query", "scaling", "expected"));
        for (int i = 0; i < run.queries().size(); i++) {
            Object[] cells = queryCells(run, run.queries().get(i));
            for (int c = 0; c < run.configs().size(); c++) {
                QueryTiming t = run.configs().get(c).queries().get(i);
                String cold = t.cold().ok() ? num(t.cold().millis(), 1) : t.cold().status().toString();
                cells[3 + c] = cold + " / " + num(t.warmMedianMillis(), 1);
            }
            sb.append(row(cells));
        }
        return sb.append('\n').toString();
    }

    private static String header(LubmRun run, String a, String b, String c) {
        Object[] cells = cells(run, a, b, c);
        for (int i = 0; i < run.configs().size(); i++) {
            cells[3 + i] = run.configs().get(i).name();
        }
        return row(cells) + "|---".repeat(cells.length) + "|\n";
    }

    private static Object[] queryCells(LubmRun run, LubmQuery q) {
        return cells(run, q.id(), q.scaling().toString().toLowerCase(java.util.Locale.ROOT),
                q.expected(run.n()).isPresent() ? q.expected(run.n()).getAsLong() : "unknown");
    }

    private static Object[] cells(LubmRun run, Object a, Object b, Object c) {
        Object[] cells = new Object[3 + run.configs().size()];
        cells[0] = a;
        cells[1] = b;
        cells[2] = c;
        return cells;
    }
}
