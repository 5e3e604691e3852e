package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** W3 with stand-in parts behind its seams, on a three-row COW-shaped fixture. */
class AllianceWorkloadTest {

    @TempDir
    Path tmp;

    private LubmSettings harness() {
        return new LubmSettings(tmp, List.of(1), 0, 1, 0, 1, Duration.ofSeconds(10), Duration.ofSeconds(10),
                EnumSet.noneOf(Baseline.class), StoreKind.MEM, tmp);
    }

    private Path cow() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("cow"));
        Files.writeString(dir.resolve(AllianceWorkload.MEMBERS), "version4id,ccode\n1,2\n1,740\n2,732\n");
        return dir;
    }

    /** A stand-in importer: one triple per member row. */
    private static AllianceImporter standInImporter() {
        return (members, states) -> {
            Graph g = GraphFactory.createGraphMem();
            try {
                Files.readAllLines(members).stream().skip(1).forEach(l -> g.add(Triple.create(
                        NodeFactory.createURI("urn:alliance:" + l.split(",")[0]), NodeFactory.createURI("urn:member"),
                        NodeFactory.createURI("urn:state:" + l.split(",")[1]))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return g;
        };
    }

    @Test
    void withoutTheDataItSaysSo() throws IOException {
        AllianceResult r = new AllianceWorkload(tmp.resolve("absent"), tmp, harness())
                .run(new AllianceWorkload.Parts(Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
        assertThat(r.unavailable()).get().asString().contains("COW data not present");
    }

    @Test
    void withoutTheImporterItCountsTheInputAndNamesTheMissingPart() throws IOException {
        AllianceResult r = new AllianceWorkload(cow(), tmp, harness())
                .run(new AllianceWorkload.Parts(Optional.empty(), Optional.of(BenchFixtures.standInEngine()),
                        Optional.of(GraphFactory.createGraphMem()), List.of()));
        assertThat(r.unavailable()).contains(AllianceImporter.UNAVAILABLE);
        assertThat(r.inputs()).containsExactly(AllianceWorkload.MEMBERS + ": 3 rows");
        assertThat(AllianceReport.summary(r).pairs()).containsEntry("status", "unavailable")
                .containsEntry("import_s", "n/a");
    }

    @Test
    void withAllPartsItImportsMaterialisesStoresAndQueries() throws IOException {
        Graph ontology = RDFDataMgr.loadGraph(BenchFixtures.lubmMini().resolve("univ-bench.ttl").toString());
        List<CompetencyQuestions.Cq> queries = List.of(new CompetencyQuestions.Cq("members.rq",
                "SELECT ?a ?s WHERE { ?a <urn:member> ?s }"));
        AllianceResult r = new AllianceWorkload(cow(), tmp, harness()).run(new AllianceWorkload.Parts(
                Optional.of(standInImporter()), Optional.of(BenchFixtures.standInEngine()), Optional.of(ontology),
                queries));
        assertThat(r.unavailable()).isEmpty();
        assertThat(r.phases()).extracting(Phase::name).containsExactly("import", "materialise", "store load (MEM)");
        assertThat(r.queries().get(0).cold().rows()).isEqualTo(3);
        Map<String, String> s = AllianceReport.summary(r).pairs();
        assertThat(s.get("status")).isEqualTo("measured");
        assertThat(s.get("import_s")).matches("\\d+\\.\\d{3}");
        assertThat(AllianceReport.markdown(Environment.current(), r)).contains("| members.rq | 3 |");
    }
}
