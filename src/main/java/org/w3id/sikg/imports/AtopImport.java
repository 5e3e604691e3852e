package org.w3id.sikg.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.vocab.SIKG;

/**
 * Imports ATOP v4.01 from its alliance-level file ({@code atop-alliance-level.csv}, one row per alliance: dates,
 * whether in effect, COW identifier) and its member-level file ({@code atop-member-level.csv}, one row per alliance,
 * member and phase: entry, exit and the member's obligations in that phase), into graph {@code graph/dataset/atop}.
 * The alliance file is read first (745 rows); the member file streams.
 */
public final class AtopImport extends DatasetReader {

    /** The alliance-level file's columns the importer reads. */
    public static final Set<String> ALLIANCE_COLUMNS = Set.of("atopid", "cow4id", "begyr", "begmo", "begday",
            "endyr", "endmo", "endday", "ineffect", "version");
    /** The member-level file's columns the importer reads. */
    public static final Set<String> MEMBER_COLUMNS = Set.of("atopid", "member", "yrent", "moent", "dayent", "yrexit",
            "moexit", "dayexit", "ineffect", "phase", "defense", "offense", "neutral", "nonagg", "consul", "version");

    private final Map<Integer, Alliance> alliances = new LinkedHashMap<>();
    private final Map<Integer, CsvRow> allianceRows = new LinkedHashMap<>();
    /** Every atopid of the alliance file, also of rows with problems (whose members are then not reported again). */
    private final Set<Integer> allianceIds = new HashSet<>();
    /** Every atopid of the member file, also of rows with problems. */
    private final Set<Integer> memberAllianceIds = new HashSet<>();

    private AtopImport() {
        super(DatasetInfo.ATOP);
    }

    /**
     * Reads, checks and maps both ATOP files, naming states from the COW state list and giving ISO codes from the
     * countrycode codelist when those are given.
     *
     * @throws org.w3id.sikg.error.SikgException with every problem of every file; nothing is returned then
     */
    public static ImportResult read(Path alliancesCsv, Path membersCsv, Optional<Path> stateList,
            Optional<Path> isoCodes) {
        AtopImport in = new AtopImport();
        in.readStateFiles(stateList, isoCodes);
        CsvSource.Summary a = CsvSource.read(alliancesCsv, ALLIANCE_COLUMNS, in.problems, in::allianceRow);
        CsvSource.Summary m = CsvSource.read(membersCsv, MEMBER_COLUMNS, in.problems, in::memberRow);
        in.files.add(0, new SourceFile("alliances", a));
        in.files.add(1, new SourceFile("members", m));
        in.checkEveryAllianceHasMembers(m.rows() > 0);
        return in.finish(in.alliances, m.rows());
    }

    private void allianceRow(CsvRow row) {
        int before = problems.errors().size();
        Integer id = row.identifier("atopid", problems);
        if (id != null) {
            allianceIds.add(id);
        }
        Integer cowId = row.integer("cow4id", problems);
        checkVersion(row, "version");
        PartialDate start = PartialDate.read(row, "begyr", "begmo", "begday", true, problems);
        PartialDate end = PartialDate.read(row, "endyr", "endmo", "endday", true, problems);
        Boolean inEffect = row.flag("ineffect", problems);
        if (start == null && problems.errors().size() == before) {
            problems.error(row.problem(ErrorCode.IMPORT_VALUE, "column begyr is empty or 0; the alliance's start "
                    + "is required"));
        }
        if (problems.errors().size() != before || !inOrder(row, "alliance " + id, start, end)
                || !inEffectAgrees(row, inEffect, end, "endyr")) {
            return;
        }
        CsvRow other = allianceRows.putIfAbsent(id, row);
        if (other != null) {
            problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "atopid " + id + " is already the row at line "
                    + other.line()));
            return;
        }
        alliances.put(id, new Alliance(id, start, end, null, cowId, row.fileName(), row.line()));
    }

    private void memberRow(CsvRow row) {
        int before = problems.errors().size();
        Integer id = row.identifier("atopid", problems);
        if (id != null) {
            memberAllianceIds.add(id);
        }
        Integer ccode = row.identifier("member", problems);
        checkVersion(row, "version");
        PartialDate start = PartialDate.read(row, "yrent", "moent", "dayent", true, problems);
        PartialDate end = PartialDate.read(row, "yrexit", "moexit", "dayexit", true, problems);
        Boolean inEffect = row.flag("ineffect", problems);
        Integer phase = row.required("phase", problems);
        List<Resource> commitments = commitments(row);
        if (start == null && problems.errors().size() == before) {
            problems.error(row.problem(ErrorCode.IMPORT_VALUE, "column yrent is empty or 0; the entry is required"));
        }
        if (problems.errors().size() != before || !knownAlliance(row, id) || !inOrder(row, "the membership", start, end)
                || !inEffectAgrees(row, inEffect, end, "yrexit")) {
            return;
        }
        membership(new Membership(id, ccode, start, end, false, commitments, phase, row.fileName(), row.line()), row,
                null);
    }

    private List<Resource> commitments(CsvRow row) {
        List<Resource> out = new ArrayList<>();
        commit(out, row.flag("defense", problems), SIKG.Concepts.COMMITMENT_DEFENCE);
        commit(out, row.flag("offense", problems), SIKG.Concepts.COMMITMENT_OFFENCE);
        commit(out, row.flag("neutral", problems), SIKG.Concepts.COMMITMENT_NEUTRALITY);
        commit(out, row.flag("nonagg", problems), SIKG.Concepts.COMMITMENT_NON_AGGRESSION);
        commit(out, row.flag("consul", problems), SIKG.Concepts.COMMITMENT_CONSULTATION);
        return out;
    }

    /** ATOP codes {@code ineffect} 1 exactly when the end year is 0 (still in effect). */
    private boolean inEffectAgrees(CsvRow row, Boolean inEffect, PartialDate end, String endColumn) {
        if (inEffect != null && inEffect != (end == null)) {
            problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "ineffect is " + (inEffect ? 1 : 0) + " but "
                    + endColumn + (end == null ? " is 0 (still in effect)" : " gives the end " + end.shown())
                    + "; ineffect is 1 exactly when the end year is 0"));
            return false;
        }
        return true;
    }

    private boolean knownAlliance(CsvRow row, int id) {
        if (alliances.containsKey(id)) {
            return true;
        }
        if (allianceIds.contains(id)) {
            return false;
        }
        problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "atopid " + id + " has no row in the alliance-level "
                + "file"));
        return false;
    }

    /** Every alliance has member rows (checked only when the member file could be read at all). */
    private void checkEveryAllianceHasMembers(boolean membersRead) {
        if (!membersRead) {
            return;
        }
        allianceRows.forEach((id, row) -> {
            if (alliances.containsKey(id) && !memberAllianceIds.contains(id)) {
                problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "alliance " + id + " has no row in the "
                        + "member-level file"));
            }
        });
    }
}
