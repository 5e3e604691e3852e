package org.w3id.sikg.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.testing.RealReasoner;

/**
 * The analysis queries ({@code queries/analysis/*.rq}) over the COW and ATOP fixtures, a few article facts and the
 * real ontology, reasoned over by SIKG's engine, through the view /kg/sparql serves: exact answers, worked out by
 * hand from the fixtures (durations in years of 365.2425 days).
 */
class AnalysisQueriesTest {

    private static AnalysisFixture kg;

    @BeforeAll
    static void build() {
        kg = new AnalysisFixture();
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    /** The row with the cells of column {@code col} (a GROUP_CONCAT, in no fixed order) sorted. */
    private static List<String> sortedCell(List<String> row, int col) {
        List<String> out = new java.util.ArrayList<>(row);
        out.set(col, Arrays.stream(row.get(col).split(", ")).sorted().collect(Collectors.joining(", ")));
        return out;
    }

    @Test
    void lifespanPerDatasetNextToTheArticlesFigure() {
        // COW formed 1815-1989: 233, 236 (in force), 238 (22.81 y), 901 (9.79), 902 (5.0), 903 (1980-2005: 25.0,
        // in force on 2001-01-01); ATOP: 3220 (8.36), 4901 (5.59), three in force.
        assertThat(kg.rows("alliance-lifespan.rq")).containsExactly(
                row("sikgid:atop-4-01", "1815", "1989", "2001-01-01T00:00:00", "5", "2", "6.98"),
                row("sikgid:atop-4-01", "1815", "1989", "", "5", "2", "6.98"),
                row("sikgid:cow-alliances-4-1", "1815", "1989", "2001-01-01T00:00:00", "6", "3", "12.53"),
                row("sikgid:cow-alliances-4-1", "1815", "1989", "", "6", "4", "15.65"),
                row("sikgid:park-alliance-study", "1815", "1989", "", "", "304", "9.3"));
    }

    @Test
    void lifespanPerDyad() {
        // COW: 238 gives 6 dyads (3 end with France's exit in 1974), 901 and 902 one each (902's two German spells
        // merged), 903 one; ATOP: 3220, 4901 and two of 3260's phase-1 pairs (the US-Thailand pair goes on).
        assertThat(kg.rows("alliance-lifespan-dyads.rq")).containsExactly(
                row("sikgid:atop-4-01", "1815", "1989", "2001-01-01T00:00:00", "4", "14.89"),
                row("sikgid:atop-4-01", "1815", "1989", "", "4", "14.89"),
                row("sikgid:cow-alliances-4-1", "1815", "1989", "2001-01-01T00:00:00", "8", "17.83"),
                row("sikgid:cow-alliances-4-1", "1815", "1989", "", "9", "18.63"));
    }

    @Test
    void spokesWithADefencePactWithTheHub() {
        // Thailand has none in COW (alliance 238 is an entente); Taiwan's pact is not in the fixtures.
        assertThat(kg.rows("spokes-us-defence-pacts.rq")).containsExactly(
                row("sikgid:japan", "Japan", "sikgid:atop-4-01", "sikgid:atop-alliance-3220", "3220",
                        "1951-09-08T00:00:00", "1960-01-19T00:00:00", "true", "false"),
                row("sikgid:japan", "Japan", "sikgid:cow-alliances-4-1", "sikgid:cow-alliance-233", "233",
                        "1951-09-08T00:00:00", "", "true", "false"),
                row("sikgid:japan", "Japan", "sikgid:atop-4-01", "sikgid:atop-alliance-3375", "3375",
                        "1960-01-19T00:00:00", "", "true", "false"),
                row("sikgid:south-korea", "South Korea", "sikgid:atop-4-01", "sikgid:atop-alliance-3240", "3240",
                        "1953-10-01T00:00:00", "", "true", "true"),
                row("sikgid:south-korea", "South Korea", "sikgid:cow-alliances-4-1", "sikgid:cow-alliance-236",
                        "236", "1953-10-01T00:00:00", "", "true", "false"),
                row("sikgid:thailand", "Thailand", "sikgid:atop-4-01", "sikgid:atop-alliance-3260", "3260",
                        "1954-09-08T00:00:00", "", "true", "true"));
    }

    @Test
    void japansAlliancesInTheArticleAndTheDatasets() {
        List<List<String>> rows = kg.rows("japan-alliances.rq").stream().map(r -> sortedCell(r, 5)).toList();
        assertThat(rows).containsExactly(
                row("sikgid:cow-alliance-901", "sikgid:cow-alliances-4-1", "1920-06-01T00:00:00",
                        "1930-03-15T00:00:00", "Russia", "non-aggression"),
                row("sikgid:atop-alliance-3220", "sikgid:atop-4-01", "1951-09-08T00:00:00", "1960-01-19T00:00:00",
                        "United States", "consultation"),
                row("sikgid:cow-alliance-233", "sikgid:cow-alliances-4-1", "1951-09-08T00:00:00", "",
                        "United States", ""),
                row("sikgid:us-japan-alliance", "sikgid:source-article", "1951-09-08T00:00:00", "", "United States",
                        ""),
                row("sikgid:atop-alliance-3375", "sikgid:atop-4-01", "1960-01-19T00:00:00", "", "United States",
                        "consultation, non-aggression"));
    }

    @Test
    void longestLivedAsiaPacificAlliances() {
        // At least 30 years, a member coded 700-999: durations of alliances in force run to 2016-12-31 (ATOP) and
        // 2012-12-31 (COW). They are long-lived when the domain rule long-lived-alliance is in the build.
        String longLived = String.valueOf(RealReasoner.hasDomainRule("long-lived-alliance"));
        assertThat(kg.rows("longest-lived-asia-pacific.rq")).containsExactly(
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3240",
                        "ATOP alliance 3240 (1953-): United States of America, South Korea", "1953-10-01T00:00:00",
                        "", "63.25", "true", longLived),
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3260",
                        "ATOP alliance 3260 (1954-): United States of America, Philippines, Thailand",
                        "1954-09-08T00:00:00", "", "62.31", "true", longLived),
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3375",
                        "ATOP alliance 3375 (1960-): United States of America, Japan", "1960-01-19T00:00:00", "",
                        "56.95", "true", longLived),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-233",
                        "COW alliance 233 (1951-): United States of America, Japan", "1951-09-08T00:00:00", "",
                        "61.32", "true", longLived),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-236",
                        "COW alliance 236 (1953-): United States of America, South Korea", "1953-10-01T00:00:00", "",
                        "59.25", "true", longLived));
    }

    @Test
    void alliancesInForceIn1960WithTheirMembersThen() {
        assertThat(kg.rows("alliances-in-force.rq")).containsExactly(
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3220",
                        "ATOP alliance 3220 (1951-1960): United States of America, Japan", "1951-09-08T00:00:00",
                        "1960-01-19T00:00:00", "2"),
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3240",
                        "ATOP alliance 3240 (1953-): United States of America, South Korea", "1953-10-01T00:00:00", "",
                        "2"),
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3260",
                        "ATOP alliance 3260 (1954-): United States of America, Philippines, Thailand",
                        "1954-09-08T00:00:00", "", "3"),
                row("sikgid:atop-4-01", "sikgid:atop-alliance-3375",
                        "ATOP alliance 3375 (1960-): United States of America, Japan", "1960-01-19T00:00:00", "", "2"),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-1",
                        "COW alliance 1 (1386-): United Kingdom, Portugal", "1386-05-09T00:00:00", "", "2"),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-233",
                        "COW alliance 233 (1951-): United States of America, Japan", "1951-09-08T00:00:00", "", "2"),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-236",
                        "COW alliance 236 (1953-): United States of America, South Korea", "1953-10-01T00:00:00", "",
                        "2"),
                row("sikgid:cow-alliances-4-1", "sikgid:cow-alliance-238",
                        "COW alliance 238 (1954-1977): United States of America, France, Thailand, Philippines",
                        "1954-09-08T00:00:00", "1977-06-30T00:00:00", "4"),
                row("sikgid:source-article", "sikgid:us-japan-alliance", "Japan-US alliance", "1951-09-08T00:00:00",
                        "", "2"));
    }

    @Test
    void queriesThatRelyOnNoInferenceAnswerTheSameWithoutTheInferredGraph() {
        for (String q : List.of("alliance-lifespan.rq", "alliance-lifespan-dyads.rq", "spokes-us-defence-pacts.rq",
                "alliances-in-force.rq")) {
            assertThat(kg.rows(q, KgView.ASSERTED)).as(q).isEqualTo(kg.rows(q));
        }
        assertThat(kg.rows("japan-alliances.rq", KgView.ASSERTED).stream().map(r -> sortedCell(r, 5)).toList())
                .isEqualTo(kg.rows("japan-alliances.rq").stream().map(r -> sortedCell(r, 5)).toList());
    }
}
