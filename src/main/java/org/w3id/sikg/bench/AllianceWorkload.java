package org.w3id.sikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * W3: COW alliance member data imported into SIKG's ontology, materialised, stored and queried with the alliance
 * queries ({@code queries/analysis/*.rq}, issue 9). Runs only when the data are present and this build has the COW
 * importer ({@link AllianceImporter#find()}), SIKG's engine ({@link SikgEngine#find()}) and SIKG's ontology;
 * otherwise reports which part is missing.
 */
public final class AllianceWorkload {

    public static final Path DEFAULT_COW = Path.of("..", "shared", "external", "cow_alliances_v4.1");
    public static final Path DEFAULT_STATES = Path.of("..", "shared", "external", "cow_states_v2016");
    static final String MEMBERS = "alliance_v4.1_by_member.csv";
    static final String STATES = "states2016.csv";
    static final String ONTOLOGY_RESOURCE = "/sikg/ontology/sikg.ttl";
    static final String QUERY_DIR = "sikg/queries/analysis/";

    private static final Logger LOG = LoggerFactory.getLogger(AllianceWorkload.class);

    /**
     * The parts W3 plugs together; {@link #fromThisBuild()} finds them in this build.
     *
     * @param importer the COW importer
     * @param engine SIKG's materialiser
     * @param ontology SIKG's ontology
     * @param queries the alliance queries (name, text)
     */
    public record Parts(Optional<AllianceImporter> importer, Optional<ClosureEngine> engine,
            Optional<Graph> ontology, List<CompetencyQuestions.Cq> queries) {

        public static Parts fromThisBuild() throws IOException {
            Optional<Graph> ontology = Optional.empty();
            try (InputStream in = AllianceWorkload.class.getResourceAsStream(ONTOLOGY_RESOURCE)) {
                if (in != null) {
                    Graph g = GraphFactory.createGraphMem();
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    ontology = Optional.of(g);
                }
            }
            return new Parts(AllianceImporter.find(), SikgEngine.find(), ontology,
                    CompetencyQuestions.fromOwnClasspath(QUERY_DIR));
        }

        /** Why W3 cannot run with these parts, or empty. */
        Optional<String> missing() {
            if (importer.isEmpty()) {
                return Optional.of(AllianceImporter.UNAVAILABLE);
            }
            if (engine.isEmpty()) {
                return Optional.of(SikgEngine.UNAVAILABLE);
            }
            if (ontology.isEmpty()) {
                return Optional.of("SIKG ontology (" + ONTOLOGY_RESOURCE + ", issue 2) not in this build");
            }
            return queries.isEmpty() ? Optional.of("no alliance queries (" + QUERY_DIR + "*.rq, issue 9) in this build")
                    : Optional.empty();
        }
    }

    private final Path cowDir;
    private final Path statesDir;
    private final LubmSettings storeSettings;

    /** {@code storeSettings} gives the store kind, rounds, timeout and output directory. */
    public AllianceWorkload(Path cowDir, Path statesDir, LubmSettings storeSettings) {
        this.cowDir = cowDir;
        this.statesDir = statesDir;
        this.storeSettings = storeSettings;
    }

    public AllianceResult run(Parts parts) throws IOException {
        Path members = cowDir.resolve(MEMBERS);
        if (!Files.isRegularFile(members)) {
            return AllianceResult.unavailable("COW data not present (" + members + ")", List.of());
        }
        List<String> inputs = new ArrayList<>(List.of(MEMBERS + ": " + dataRows(members) + " rows"));
        Optional<Path> states = Optional.of(statesDir.resolve(STATES)).filter(Files::isRegularFile);
        states.ifPresent(s -> inputs.add(STATES + ": " + dataRows(s) + " rows"));
        Optional<String> missing = parts.missing();
        if (missing.isPresent()) {
            LOG.warn("W3 not run: {}", missing.get());
            return AllianceResult.unavailable(missing.get(), inputs);
        }
        List<Phase> phases = new ArrayList<>();
        long t0 = System.nanoTime();
        Graph data = parts.importer().get().importCow(members, states);
        phases.add(new Phase("import", BenchStore.millisSince(t0) / 1000, 0, data.size(), 0));
        Graph ontology = parts.ontology().get();
        t0 = System.nanoTime();
        Graph inferred = parts.engine().get().materialise(ontology, data, false);
        Graph closure = JenaOwlMicro.baseGraph(ontology, data);
        inferred.find().forEachRemaining(closure::add);
        phases.add(new Phase(SikgConfig.MATERIALISE, BenchStore.millisSince(t0) / 1000, data.size(), closure.size(),
                0));
        return new AllianceResult(Optional.empty(), inputs, phases, storeAndQuery(closure, parts.queries(), phases));
    }

    private List<AllianceResult.NamedTiming> storeAndQuery(Graph closure, List<CompetencyQuestions.Cq> queries,
            List<Phase> phases) throws IOException {
        long t0 = System.nanoTime();
        try (BenchStore store = BenchStore.load(closure, storeSettings.store(),
                storeSettings.outDir().resolve("stores"), storeSettings.timeout().toMillis())) {
            phases.add(new Phase("store load (" + storeSettings.store() + ")", BenchStore.millisSince(t0) / 1000,
                    closure.size(), store.size(), 0));
            store.reopen();
            List<AllianceResult.NamedTiming> out = new ArrayList<>();
            for (CompetencyQuestions.Cq cq : queries) {
                Query q = QueryFactory.create(cq.sparql());
                QueryOutcome cold = store.run(q);
                List<Double> warm = new ArrayList<>();
                for (int i = 0; cold.ok() && i < storeSettings.warmup() + storeSettings.rounds(); i++) {
                    QueryOutcome o = store.run(q);
                    if (i >= storeSettings.warmup()) {
                        warm.add(o.ok() ? o.millis() : Double.NaN);
                    }
                }
                out.add(new AllianceResult.NamedTiming(cq.name(), cold, QueryTimer.median(warm)));
            }
            return out;
        }
    }

    /** Lines after the header line. */
    static long dataRows(Path csv) {
        try (var lines = Files.lines(csv)) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
