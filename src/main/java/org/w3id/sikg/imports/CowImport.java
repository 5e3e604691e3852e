package org.w3id.sikg.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.vocab.SIKG;

/**
 * Imports COW Formal Alliances v4.1 from its member file ({@code alliance_v4.1_by_member.csv}, one row per alliance,
 * member and spell): streaming, checking every row (docs/datasets.md lists the checks), mapping into the ontology
 * (graph {@code graph/dataset/cow}). Alliance-level columns repeat on every member row; they must agree.
 *
 * <pre>{@code ImportResult r = CowImport.read(members, Optional.of(states), Optional.empty());}</pre>
 */
public final class CowImport extends DatasetReader {

    /** The member file's columns the importer reads. */
    public static final Set<String> COLUMNS = Set.of("version4id", "ccode", "state_name", "all_st_day",
            "all_st_month", "all_st_year", "all_end_day", "all_end_month", "all_end_year", "ss_type", "mem_st_day",
            "mem_st_month", "mem_st_year", "mem_end_day", "mem_end_month", "mem_end_year", "left_censor",
            "right_censor", "defense", "neutrality", "nonaggression", "entente", "version");
    /** COW's alliance types (v4.1 codebook). */
    static final Set<String> TYPES = Set.of("Type I: Defense Pact", "Type II: Neutrality",
            "Type IIa: Non-Aggression Pact", "Type IIb: Non-Aggression Pact", "Type III: Entente");

    private final Map<Integer, Alliance> alliances = new LinkedHashMap<>();
    private final Map<Integer, Long> allianceLines = new LinkedHashMap<>();

    private CowImport() {
        super(DatasetInfo.COW);
    }

    /**
     * Reads, checks and maps the COW member file, naming states from the COW state list and giving ISO codes from the
     * countrycode codelist when those are given.
     *
     * @throws org.w3id.sikg.error.SikgException with every problem of every file; nothing is returned then
     */
    public static ImportResult read(Path membersCsv, Optional<Path> stateList, Optional<Path> isoCodes) {
        CowImport in = new CowImport();
        in.readStateFiles(stateList, isoCodes);
        CsvSource.Summary s = CsvSource.read(membersCsv, COLUMNS, in.problems, in::row);
        in.files.add(0, new SourceFile("members", s));
        return in.finish(in.alliances, s.rows());
    }

    private void row(CsvRow row) {
        int before = problems.errors().size();
        Integer id = row.identifier("version4id", problems);
        Integer ccode = row.identifier("ccode", problems);
        checkVersion(row, "version");
        Alliance alliance = alliance(row, id);
        PartialDate start = required(row, "mem_st");
        PartialDate end = PartialDate.read(row, "mem_end_year", "mem_end_month", "mem_end_day", false, problems);
        Boolean left = row.flag("left_censor", problems);
        Boolean right = row.flag("right_censor", problems);
        List<Resource> commitments = commitments(row);
        if (problems.errors().size() != before || !inOrder(row, "the membership", start, end)
                || !censoringAgrees(row, right, end) || !sameAlliance(row, alliance)) {
            return;
        }
        membership(new Membership(id, ccode, start, end, Boolean.TRUE.equals(left), commitments, 0, row.fileName(),
                row.line()), row, row.text("state_name"));
    }

    private Alliance alliance(CsvRow row, Integer id) {
        PartialDate start = required(row, "all_st");
        PartialDate end = PartialDate.read(row, "all_end_year", "all_end_month", "all_end_day", false, problems);
        String type = row.text("ss_type");
        if (!TYPES.contains(type)) {
            problems.error(row.value("ss_type", type, "is not a COW alliance type (" + String.join("; ", TYPES) + ")"));
        }
        if (id == null || start == null || !inOrder(row, "alliance " + id, start, end)) {
            return null;
        }
        return new Alliance(id, start, end, type, null, null, 0);
    }

    private PartialDate required(CsvRow row, String prefix) {
        PartialDate d = PartialDate.read(row, prefix + "_year", prefix + "_month", prefix + "_day", false, problems);
        if (d == null && row.isEmpty(prefix + "_year")) {
            problems.error(row.problem(ErrorCode.IMPORT_VALUE, "column " + prefix + "_year is empty; the date is "
                    + "required"));
        }
        return d;
    }

    private List<Resource> commitments(CsvRow row) {
        List<Resource> out = new ArrayList<>();
        commit(out, row.flag("defense", problems), SIKG.Concepts.COMMITMENT_DEFENCE);
        commit(out, row.flag("neutrality", problems), SIKG.Concepts.COMMITMENT_NEUTRALITY);
        commit(out, row.flag("nonaggression", problems), SIKG.Concepts.COMMITMENT_NON_AGGRESSION);
        commit(out, row.flag("entente", problems), SIKG.Concepts.COMMITMENT_ENTENTE);
        return out;
    }

    /** {@code right_censor} is 1 exactly when the member has no end date (v4.1 codebook). */
    private boolean censoringAgrees(CsvRow row, Boolean right, PartialDate end) {
        if (right != null && right != (end == null)) {
            problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "right_censor is " + (right ? 1 : 0)
                    + " but the member " + (end == null ? "has no end date" : "ends on " + end.shown())
                    + "; right_censor is 1 exactly when the membership is still in force at the end of 2012"));
            return false;
        }
        return true;
    }

    /** The alliance-level columns repeat on every member row of an alliance and must agree with its first row. */
    private boolean sameAlliance(CsvRow row, Alliance a) {
        Alliance first = alliances.putIfAbsent(a.id(), a);
        allianceLines.putIfAbsent(a.id(), row.line());
        if (first == null || first.equals(a)) {
            return true;
        }
        problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "alliance " + a.id() + " has start "
                + a.start().shown() + ", end " + (a.end() == null ? "none" : a.end().shown()) + ", type '"
                + a.cowType() + "' here but start " + first.start().shown() + ", end "
                + (first.end() == null ? "none" : first.end().shown()) + ", type '" + first.cowType()
                + "' at line " + allianceLines.get(a.id())));
        return false;
    }
}
