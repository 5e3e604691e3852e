package org.w3id.sikg.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.vocab.SIKG;

/**
 * Integration check with the real COW v4.1 and ATOP v4.01 files, when they are present in ../shared/external (they
 * are not part of SIKG; users download them): the whole files import without an error, with the expected counts,
 * the article's alliances are there with their defence commitments, and the lifespan figures the README reports
 * hold. Skipped, with the reason, when the files are absent.
 */
class RealDatasetsTest {

    private static final Path EXTERNAL = Path.of("..", "shared", "external");
    private static final Path COW = EXTERNAL.resolve("cow_alliances_v4.1/alliance_v4.1_by_member.csv");
    private static final Path STATES = EXTERNAL.resolve("cow_states_v2016/states2016.csv");
    private static final Path ATOP_ALLIANCES = EXTERNAL.resolve("atop_v4/atop-alliance-level.csv");
    private static final Path ATOP_MEMBERS = EXTERNAL.resolve("atop_v4/atop-member-level.csv");

    private static ImportResult cow;
    private static ImportResult atop;

    @BeforeAll
    static void importBoth() {
        assumeTrue(Files.isRegularFile(COW) && Files.isRegularFile(STATES) && Files.isRegularFile(ATOP_ALLIANCES)
                && Files.isRegularFile(ATOP_MEMBERS), "the real COW v4.1, COW states v2016 and ATOP v4.01 files are "
                + "not in " + EXTERNAL.toAbsolutePath().normalize() + " (they are downloaded, not committed)");
        cow = CowImport.read(COW, Optional.of(STATES), Optional.empty());
        atop = AtopImport.read(ATOP_ALLIANCES, ATOP_MEMBERS, Optional.of(STATES), Optional.empty());
    }

    private static Node id(String id) {
        return CowImportTest.id(id);
    }

    private static boolean defends(Graph g, String membership) {
        return g.contains(id(membership), SIKG.commitmentType.asNode(), SIKG.Concepts.COMMITMENT_DEFENCE.asNode());
    }

    @Test
    void theWholeFilesImport() {
        assertThat(cow.rows()).isEqualTo(1221);
        assertThat(cow.alliances()).isEqualTo(414);
        assertThat(cow.memberships()).isEqualTo(1221);
        assertThat(cow.states()).isEqualTo(180);
        assertThat(cow.warnings()).isEmpty();
        assertThat(atop.rows()).isEqualTo(2398);
        assertThat(atop.alliances()).isEqualTo(745);
        assertThat(atop.memberships()).isEqualTo(2398);
        assertThat(atop.warnings()).extracting(p -> p.code().code() + "@" + p.line())
                .as("ATOP's member code 8152 is not a COW state").containsExactly("IMPORT-005@203");
    }

    @Test
    void usJapanAndUsRokAreThereWithTheUsDefenceCommitment() {
        Graph g = cow.graph();
        assertThat(defends(g, "cow-alliance-233-member-2-from-1951-09-08")).isTrue();
        assertThat(defends(g, "cow-alliance-233-member-740-from-1951-09-08")).as("Japan: no duty").isFalse();
        assertThat(defends(g, "cow-alliance-236-member-2-from-1953-10-01")).isTrue();
        assertThat(g.contains(id("cow-alliance-236-member-732-from-1953-10-01"), CowImportTest.ORG_MEMBER,
                id("south-korea"))).isTrue();
        Graph a = atop.graph();
        assertThat(defends(a, "atop-alliance-3375-member-2-from-1960-01-19")).isTrue();
        assertThat(defends(a, "atop-alliance-3240-member-732-from-1953-10-01")).isTrue();
    }

    @Test
    void theLifespanFiguresTheReadmeReports() {
        List<List<String>> rows = new AnalysisFixture(List.of(cow, atop), false).rows("alliance-lifespan.rq");
        assertThat(rows).containsExactly(
                List.of("sikgid:atop-4-01", "1815", "1989", "2001-01-01T00:00:00", "460", "379", "10.45"),
                List.of("sikgid:atop-4-01", "1815", "1989", "", "460", "385", "10.91"),
                List.of("sikgid:cow-alliances-4-1", "1815", "1989", "2001-01-01T00:00:00", "335", "306", "10.96"),
                List.of("sikgid:cow-alliances-4-1", "1815", "1989", "", "335", "307", "11.11"),
                List.of("sikgid:park-alliance-study", "1815", "1989", "", "", "304", "9.3"));
    }
}
