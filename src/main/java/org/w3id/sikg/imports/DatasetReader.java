package org.w3id.sikg.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.load.Problems;

/**
 * What the COW and ATOP importers share: the problems of every file, the state codes, the mapper, the checks that
 * every row has the dataset's version and that no two member rows are the same membership, and the end of the
 * import (states, alliances, article links, provenance; all problems at once, nothing returned on any error).
 */
abstract class DatasetReader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);

    protected final DatasetInfo info;
    protected final Problems problems = new Problems();
    protected final StateCodes states = new StateCodes();
    protected final DatasetMapper mapper;
    protected final List<SourceFile> files = new ArrayList<>();
    /** Members of each alliance, distinct, in order of appearance. */
    protected final Map<Integer, Set<Integer>> members = new LinkedHashMap<>();
    private final Map<String, Long> membershipLines = new HashMap<>();
    private final Map<String, long[]> badVersions = new LinkedHashMap<>();
    private int memberships;

    DatasetReader(DatasetInfo info) {
        this.info = info;
        this.mapper = new DatasetMapper(info, states);
    }

    /** Reads the optional state list and ISO codelist first, so that states are named while rows stream. */
    void readStateFiles(Optional<Path> stateList, Optional<Path> isoCodes) {
        stateList.ifPresent(p -> files.add(new SourceFile("states", states.readStateList(p, problems))));
        isoCodes.ifPresent(p -> files.add(new SourceFile("iso-codes", states.readIsoCodes(p, problems))));
    }

    /** Checks the row's {@code version} column; mismatches are reported once per file, in {@link #finish}. */
    void checkVersion(CsvRow row, String column) {
        BigDecimal v = row.decimal(column, problems);
        if (v == null || !info.isVersion(v)) {
            long[] seen = badVersions.computeIfAbsent(row.file() + "\u0000" + row.text(column),
                    k -> new long[] {row.line(), 0});
            seen[1]++;
        }
    }

    /** A commitment type when {@code flag} is set. */
    static void commit(List<Resource> out, Boolean flag, Resource commitment) {
        if (Boolean.TRUE.equals(flag)) {
            out.add(commitment);
        }
    }

    /**
     * Maps a membership unless another row already gave the same alliance, member, phase and entry (IMPORT-004).
     */
    void membership(Membership m, CsvRow row, String nameInRow) {
        String key = m.alliance() + "/" + m.ccode() + "/" + m.phase() + "/" + m.start().shown();
        Long other = membershipLines.putIfAbsent(key, row.line());
        if (other != null) {
            problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, "alliance " + m.alliance() + ", member "
                    + m.ccode() + (m.phase() > 0 ? ", phase " + m.phase() : "") + ", entry " + m.start().shown()
                    + " is already the row at line " + other
                    + " of the same file"));
            return;
        }
        members.computeIfAbsent(m.alliance(), k -> new LinkedHashSet<>()).add(m.ccode());
        mapper.membership(m, states.state(m.ccode(), row, nameInRow));
        memberships++;
    }

    /** An end before its start is a contradiction (IMPORT-004); true when the dates are in order. */
    boolean inOrder(CsvRow row, String what, PartialDate start, PartialDate end) {
        if (end != null && end.endsBefore(start)) {
            problems.error(row.problem(ErrorCode.IMPORT_INCONSISTENT, what + " ends (" + end.shown()
                    + ") before it starts (" + start.shown() + ")"));
            return false;
        }
        return true;
    }

    /**
     * Ends the import: maps {@code alliances} and what the dataset says about its states, links the article's
     * alliances, writes provenance, and returns the result, or throws every error of every file.
     *
     * @throws org.w3id.sikg.error.SikgException carrying every error found
     */
    ImportResult finish(Map<Integer, Alliance> alliances, long rows) {
        badVersions.forEach((key, seen) -> {
            String[] parts = key.split("\u0000", -1);
            problems.error(ErrorCode.IMPORT_VERSION, parts[0], seen[0], 0, seen[1] + " row(s) give version '"
                    + parts[1] + "'; this importer maps " + info.shortTitle() + " " + info.version().toPlainString(),
                    null);
        });
        for (Alliance a : alliances.values()) {
            mapper.alliance(a, members.getOrDefault(a.id(), Set.of()));
        }
        states.describe(mapper.graph(), problems);
        mapper.articleLinks(alliances.keySet());
        mapper.provenance(files);
        problems.throwIfErrors();
        LOG.info("{}: {} rows, {} alliances, {} memberships, {} states ({} of the article), {} triples",
                info.shortTitle(), rows, alliances.size(), memberships, states.statesSeen(),
                states.articleStatesSeen(), mapper.graph().size());
        return new ImportResult(info, mapper.graph(), rows, alliances.size(), memberships, states.statesSeen(),
                states.articleStatesSeen(), problems.warnings());
    }
}
