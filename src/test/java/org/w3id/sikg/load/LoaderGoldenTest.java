package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;

/** Golden-file test of the mapping: the basic fixture maps to exactly the expected TriG. */
class LoaderGoldenTest {

    @Test
    void basicFixtureMapsToTheExpectedDataset() {
        Pipeline.Build build = Pipeline.build(Fixtures.basic(), List.of());
        assertThat(build.problems().errors()).isEmpty();
        RdfAssert.assertIsomorphic(Fixtures.resource("load/basic/expected.trig"), build.dataset());
        assertThat(build.load().stats().rows()).isEqualTo(18);
        assertThat(build.load().stats().tables()).isEqualTo(5);
    }

    @Test
    void shaclWarningsAreReportedAtTheRowButDoNotBlock() {
        Pipeline.Build build = Pipeline.build(Fixtures.basic(), List.of());
        assertThat(build.ok()).isTrue();
        assertThat(build.problems().warnings()).hasSize(1);
        Problem w = build.problems().warnings().get(0);
        assertThat(w.code()).isEqualTo(ErrorCode.SHACL_WARNING);
        assertThat(w.source()).endsWith("data/states.csv");
        assertThat(w.line()).isEqualTo(5);
        assertThat(w.message()).contains("sikgid:south-korea", "skos:exactMatch", "linked to Wikidata");
        assertThat(w.hint()).contains("sikg:StateLinkShape");
    }

    @Test
    void loadingTwiceGivesTheSameQuads() {
        var first = Loader.load(Fixtures.basic()).dataset();
        var second = Loader.load(Fixtures.basic()).dataset();
        assertThat(second.stream().toList()).containsExactlyInAnyOrderElementsOf(first.stream().toList());
    }
}
