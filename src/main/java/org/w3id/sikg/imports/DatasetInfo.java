package org.w3id.sikg.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.w3id.sikg.vocab.SIKG;

/**
 * What SIKG knows about one importable dataset: its names, the version whose codebook the mapping follows, where it
 * is published, the last day it observes, and the IRIs its records get.
 *
 * @param name the short name: the named graph is {@code graph/dataset/<name>}, record IRIs start {@code <name>-}
 * @param shortTitle used in labels, e.g. {@code COW}
 * @param title the dataset's full title, its {@code rdfs:label}
 * @param creator its authors, as cited
 * @param version the version the mapping follows, as the files' {@code version} column gives it
 * @param datasetId the {@code sikgid:} id of the dataset (the data's sources.csv uses the same for COW)
 * @param homepage where users download it
 * @param observedUntil the last day it observes: durations of alliances still in force run to it
 */
public record DatasetInfo(String name, String shortTitle, String title, String creator, BigDecimal version,
        String datasetId, String homepage, LocalDate observedUntil) {

    /**
     * Correlates of War Formal Alliances v4.1 (Gibler 2009): alliances 1816-2012; the codebook reads an empty end
     * date as "still in effect as of 12/31/2012".
     */
    public static final DatasetInfo COW = new DatasetInfo("cow", "COW",
            "Correlates of War Formal Alliances v4.1 (Gibler 2009, International Military Alliances, 1648-2008)",
            "Douglas M. Gibler", new BigDecimal("4.1"), "cow-alliances-4-1",
            "https://correlatesofwar.org/data-sets/formal-alliances/", LocalDate.of(2012, 12, 31));

    /**
     * Alliance Treaty Obligations and Provisions v4.01 (Leeds et al. 2002): alliances from 1815. An alliance still
     * in force has end year 0; the latest entry or exit the v4.01 files record is in 2016, so durations of alliances
     * in force are counted to the end of 2016, a lower bound.
     */
    public static final DatasetInfo ATOP = new DatasetInfo("atop", "ATOP",
            "Alliance Treaty Obligations and Provisions (ATOP) v4.01 (Leeds, Ritter, Mitchell and Long 2002)",
            "Brett Ashley Leeds, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long",
            new BigDecimal("4.01"), "atop-4-01", "http://www.atopdata.org/", LocalDate.of(2016, 12, 31));

    /** The named graph the dataset is imported into. */
    public Node graph() {
        return NodeFactory.createURI(SIKG.GRAPH_DATASET_NS + name);
    }

    /** The dataset as a {@code sikg:Dataset} individual. */
    public Node dataset() {
        return id(datasetId);
    }

    /** The property of the dataset's alliance identifiers: {@code sikg:cowAllianceId} or {@code sikg:atopId}. */
    public Node idProperty() {
        return (name.equals("cow") ? SIKG.cowAllianceId : SIKG.atopId).asNode();
    }

    /** An alliance of the dataset: {@code sikgid:<name>-alliance-<id>}. */
    public Node alliance(int id) {
        return id(name + "-alliance-" + id);
    }

    /**
     * One membership row: {@code sikgid:<name>-alliance-<id>-member-<ccode>[-phase-<n>]-from-<entry date>}; the entry
     * date (at its precision) tells apart a state's successive spells in one alliance, the phase ATOP's phases (which
     * may repeat an entry date).
     */
    public Node membership(int alliance, int ccode, int phase, PartialDate entry) {
        return id(name + "-alliance-" + alliance + "-member-" + ccode + (phase > 0 ? "-phase-" + phase : "")
                + "-from-" + entry.shown());
    }

    /** A provenance entity for one input file, by its role ({@code members}, {@code states}...). */
    public Node sourceFile(String role) {
        return NodeFactory.createURI(SIKG.GRAPH_DATASET_NS + name + "/source/" + role);
    }

    /** Whether {@code found}, a version the files give, is this dataset's (ATOP writes 4.01 as 4.0100002). */
    public boolean isVersion(BigDecimal found) {
        return found.subtract(version).abs().compareTo(new BigDecimal("0.0001")) < 0;
    }

    static Node id(String id) {
        return NodeFactory.createURI(SIKG.ID_NS + id);
    }
}
