package org.w3id.sikg.imports;

import java.util.List;

import org.apache.jena.rdf.model.Resource;

/**
 * One member row of a dataset: a state's participation in an alliance from one date, with the obligations it took on
 * (per member, as both datasets code them; per phase in ATOP).
 *
 * @param alliance the alliance's identifier
 * @param ccode the member's COW country code
 * @param start entry (for a left-censored row, the first day of the observation window)
 * @param end exit, or null when still a member at the end of the observation window
 * @param leftCensored the member joined before the observation window opened (COW {@code left_censor})
 * @param commitments the ontology's commitment types the row's obligation flags give
 * @param phase ATOP's phase number (0 when the alliance has no phases, and for COW)
 * @param file the row's file name
 * @param line the row's line
 */
record Membership(int alliance, int ccode, PartialDate start, PartialDate end, boolean leftCensored,
        List<Resource> commitments, int phase, String file, long line) {

    Membership {
        commitments = List.copyOf(commitments);
    }

    boolean rightCensored() {
        return end == null;
    }
}
