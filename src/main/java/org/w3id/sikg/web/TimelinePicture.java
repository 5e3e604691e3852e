package org.w3id.sikg.web;

import java.util.List;

/**
 * The timeline of documents and events as an SVG picture (one row per item, oldest first) and as a list.
 *
 * @param width the SVG width
 * @param height the SVG height
 * @param axisX x of the time axis
 * @param axisEnd y where the axis ends
 * @param dateX x where dates end (right-aligned)
 * @param labelX x where labels start
 * @param items the dated items
 */
public record TimelinePicture(int width, int height, int axisX, int axisEnd, int dateX, int labelX, List<Item> items) {

    public boolean empty() {
        return items.isEmpty();
    }

    /**
     * @param term the document or event
     * @param kind document or event (a CSS class)
     * @param date the date as precisely as known, e.g. "1994-08" or "1990-08-02 – 1991-02-28"
     * @param redefinition whether the document redefined an alliance
     * @param redefined the alliance it redefined, or null
     * @param y the row's baseline
     * @param markerY the marker's centre y
     * @param newYear whether this row starts a new year (a separator line is drawn above it)
     * @param separatorY y of that separator
     */
    public record Item(TermView term, String kind, String date, boolean redefinition, TermView redefined, int y,
            int markerY, boolean newYear, int separatorY) {
    }
}
