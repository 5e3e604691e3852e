package org.w3id.sikg.imports;

/**
 * One alliance of a dataset, as its alliance-level columns give it.
 *
 * @param id the dataset's identifier (COW {@code version4id}, ATOP {@code atopid})
 * @param start when it was formed
 * @param end when it ended, or null when it was still in force when the dataset's observation ends
 * @param cowType COW's alliance type ({@code ss_type}), or null
 * @param cowId the COW identifier ATOP gives ({@code cow4id}), or null
 * @param file the file of its row, when one row gives it (ATOP), else null
 * @param line that row's line, or 0
 */
record Alliance(int id, PartialDate start, PartialDate end, String cowType, Integer cowId, String file, long line) {

    /** Still in force when the dataset's observation window closed. */
    boolean rightCensored() {
        return end == null;
    }
}
