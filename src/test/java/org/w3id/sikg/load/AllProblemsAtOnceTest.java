package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.testing.Fixtures;

/** Problems of every stage (CSV syntax, datatypes, references, SHACL) come back together from one run. */
class AllProblemsAtOnceTest {

    @Test
    void everyStageReportsInOneRun(@TempDir Path root) {
        Sources sources = Fixtures.copy(root, "load/all-at-once");
        Pipeline.Build build = Pipeline.build(sources, List.of());
        List<String> found = build.problems().errors().stream().map(p -> p.code().code() + " "
                + p.location().substring(Sources.display(root).length() + 1)).toList();
        assertThat(found).containsExactlyInAnyOrder(
                "DATA-001 data/states.csv:6:26",
                "DATA-002 data/spending.csv:2:32",
                "DATA-003 data/alliances.csv:2:37",
                "SHACL-001 data/alliances.csv:2",
                "SHACL-001 data/alliances.csv:3");
        assertThat(build.problems().errors()).extracting(Problem::hint).anyMatch(h -> h.contains("united-states"));
    }
}
