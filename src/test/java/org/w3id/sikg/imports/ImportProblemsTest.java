package org.w3id.sikg.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * One negative fixture per IMPORT- code (src/test/resources/imports/negative/): every problem of a file is reported
 * at once, located at file:line, with its code; nothing is returned when there is an error.
 */
class ImportProblemsTest {

    /** The problems of a COW import of {@code fixture}, as "CODE@line" strings, in order. */
    private static List<Problem> cowProblems(String fixture) {
        Path file = ImportFixtures.negative(fixture);
        try {
            CowImport.read(file, Optional.of(ImportFixtures.states()), Optional.empty());
        } catch (SikgException e) {
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).isEqualTo(file.toString()));
            return e.problems();
        }
        throw new AssertionError("no problem reported for " + fixture);
    }

    private static List<String> located(List<Problem> problems) {
        return problems.stream().map(p -> p.code().code() + "@" + p.line()).toList();
    }

    @Test
    void import001MalformedRowsAreReportedAndAnUnclosedQuoteStopsTheReading() {
        List<Problem> p = cowProblems("cow-syntax.csv");
        assertThat(located(p)).containsExactly("IMPORT-001@3", "IMPORT-001@5");
        assertThat(p.get(0).message()).contains("22 cells but the header has 23 columns");
        assertThat(p.get(1).message()).contains("the rest of the file was not read");
    }

    @Test
    void import001BytesThatAreNotUtf8() {
        List<Problem> p = cowProblems("cow-latin1.csv");
        assertThat(located(p)).containsExactly("IMPORT-001@3");
        assertThat(p.get(0).message()).contains("not UTF-8");
    }

    @Test
    void import002AHeaderWithoutTheColumnsTheImporterReads() {
        List<Problem> p = cowProblems("cow-header.csv");
        assertThat(located(p)).containsExactly("IMPORT-002@1");
        assertThat(p.get(0).message()).contains("ss_type, version").contains("no row of the file was read");
    }

    @Test
    void import003EveryBadCellOfEveryRow() {
        List<Problem> p = cowProblems("cow-values.csv");
        assertThat(located(p)).containsExactly("IMPORT-003@2", "IMPORT-003@3", "IMPORT-003@4", "IMPORT-003@4",
                "IMPORT-003@5", "IMPORT-003@6", "IMPORT-003@6");
        assertThat(p.get(0).message()).contains("1951-13-8 is not a date");
        assertThat(p.get(1).message()).contains("1951-2-30 is not a date");
        assertThat(p.get(2).message()).contains("ss_type: 'Type I: Defence Pact' is not a COW alliance type");
        assertThat(p.get(3).message()).contains("defense: '2' is not an obligation or status flag");
        assertThat(p.get(4).message()).contains("all_st_year: '19x3' is not a whole number");
        assertThat(p.get(5).message()).contains("ccode: 'x' is not a whole number");
        assertThat(p.get(6).message()).contains("mem_st_day: '5' gives a day but mem_st_month gives no month");
    }

    @Test
    void import004RowsThatContradictEachOtherOrThemselves() {
        List<Problem> p = cowProblems("cow-contradictions.csv");
        assertThat(located(p)).containsExactly("IMPORT-004@4", "IMPORT-004@5", "IMPORT-004@6", "IMPORT-004@7");
        assertThat(p.get(0).message()).contains("is already the row at line 3");
        assertThat(p.get(1).message()).contains("alliance 233 has start 1952-09-08").contains("at line 2");
        assertThat(p.get(2).message()).contains("right_censor is 1 but the member ends on 1980-01-01");
        assertThat(p.get(3).message()).contains("the membership ends (1950-01-01) before it starts (1954-12-02)");
    }

    @Test
    void import004AtopAlliancesAndMembersThatDisagree() {
        Path alliances = ImportFixtures.negative("atop-contradictions-alliances.csv");
        Path members = ImportFixtures.negative("atop-contradictions-members.csv");
        assertThatThrownBy(() -> AtopImport.read(alliances, members, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(SikgException.class, e -> {
                    assertThat(e.problems()).extracting(q -> q.source() + ":" + q.line() + " " + q.code().code())
                            .containsExactly(alliances + ":3 IMPORT-004", alliances + ":4 IMPORT-004",
                                    members + ":4 IMPORT-004", members + ":5 IMPORT-004",
                                    alliances + ":5 IMPORT-004");
                    assertThat(e.problems().get(0).message()).contains("ineffect is 0 but endyr is 0");
                    assertThat(e.problems().get(1).message()).contains("atopid 3220 is already the row at line 2");
                    assertThat(e.problems().get(2).message()).contains("atopid 9999 has no row");
                    assertThat(e.problems().get(3).message()).contains("ineffect is 1 but yrexit gives the end");
                    assertThat(e.problems().get(4).message()).contains("alliance 4902 has no row in the member");
                });
    }

    @Test
    void import003And006AtopValuesAndAnotherVersionInOneRun() {
        Path alliances = ImportFixtures.negative("atop-values-alliances.csv");
        Path members = ImportFixtures.negative("atop-values-members.csv");
        assertThatThrownBy(() -> AtopImport.read(alliances, members, Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(SikgException.class, e -> assertThat(e.problems())
                        .extracting(q -> q.code().code() + "@" + q.line(), Problem::message)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("IMPORT-003@2",
                                        "columns yrent, moent, dayent: 1951-13-8 is not a date (Invalid value for "
                                                + "MonthOfYear (valid values 1 - 12): 13)"),
                                org.assertj.core.groups.Tuple.tuple("IMPORT-003@3",
                                        "column defense: 'y' is not an obligation or status flag (0, 1 or empty)"),
                                org.assertj.core.groups.Tuple.tuple("IMPORT-006@3",
                                        "1 row(s) give version '5.1'; this importer maps ATOP 4.01")));
    }

    @Test
    void import005AnUnknownCountryCodeIsAWarningAndTheStateIsStillImported() {
        ImportResult r = CowImport.read(ImportFixtures.negative("cow-unknown-state.csv"),
                Optional.of(ImportFixtures.states()), Optional.empty());
        assertThat(located(r.warnings())).containsExactly("IMPORT-005@3");
        assertThat(r.warnings().get(0).code()).isEqualTo(ErrorCode.IMPORT_UNKNOWN_STATE);
        assertThat(r.warnings().get(0).message()).contains("999").contains("sikgid:cow-state-999 named 'Atlantis'");
        assertThat(r.memberships()).isEqualTo(2);
    }

    @Test
    void import006AnotherVersionIsOneProblemForTheWholeFile() {
        List<Problem> p = cowProblems("cow-version.csv");
        assertThat(located(p)).containsExactly("IMPORT-006@2");
        assertThat(p.get(0).message()).isEqualTo("2 row(s) give version '4.0'; this importer maps COW 4.1");
    }

    @Test
    void problemsOfSeveralFilesComeTogether() {
        Path states = ImportFixtures.negative("cow-header.csv");
        Path members = ImportFixtures.negative("cow-values.csv");
        assertThatThrownBy(() -> CowImport.read(members, Optional.of(states), Optional.empty()))
                .isInstanceOfSatisfying(SikgException.class, e -> {
                    assertThat(e.problems()).extracting(q -> q.source() + ":" + q.line()).startsWith(states + ":1")
                            .contains(members + ":2", members + ":6").hasSize(8);
                    assertThat(e.problems().get(0).message()).contains("lacks the column(s) statenme");
                });
    }
}
