package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.imports.CowImport;
import org.w3id.sikg.testing.Fixtures;

/** The W3 seam finds SIKG's COW importer, which gives the graph {@code sikg import cow} writes. */
class AllianceImporterTest {

    @Test
    void theSeamIsTheCowImporter() {
        var members = Fixtures.resource("imports/cow/alliance_v4.1_by_member.csv");
        var states = Optional.of(Fixtures.resource("imports/cow/states2016.csv"));
        Graph viaSeam = AllianceImporter.find().orElseThrow().importCow(members, states);
        assertThat(viaSeam.isIsomorphicWith(CowImport.read(members, states, Optional.empty()).graph())).isTrue();
        assertThat(SikgEngine.find()).isPresent();
    }
}
