package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.w3id.sikg.web.TimelinePicture.Item;

/**
 * Lays out the timeline ({@code timeline.rq}): one row per dated document or event, oldest first (same date: by
 * name), dates shown as precisely as the data states them (day, month, year or decade, from sikg:datePrecision).
 */
final class TimelinePictures {

    static final int WIDTH = 1000;
    private static final int TOP = 30;
    private static final int ROW = 30;
    private static final int AXIS_X = 200;

    private final Site site;

    TimelinePictures(Site site) {
        this.site = site;
    }

    TimelinePicture picture() {
        List<Row> rows = new ArrayList<>();
        for (Binding b : site.queries().select("timeline", StoreQueries.params())) {
            Node redefined = b.get("redefined");
            rows.add(new Row(site.term(b.get("item")), lexical(b.get("kind")), lexical(b.get("date")),
                    precision(b.get("precision")), lexical(b.get("endDate")), precision(b.get("endPrecision")),
                    redefined == null ? null : site.term(NodeFactory.createURI(lexical(redefined)))));
        }
        rows.sort(Comparator.comparing(Row::start).thenComparing(r -> r.term().text().toLowerCase(Locale.ROOT)));
        List<Item> items = new ArrayList<>();
        String lastYear = null;
        for (Row r : rows) {
            String year = r.start().length() >= 4 ? r.start().substring(0, 4) : r.start();
            int y = TOP + ROW * items.size() + ROW / 2;
            boolean newYear = lastYear != null && !year.equals(lastYear);
            lastYear = year;
            items.add(new Item(r.term(), r.kind(), display(r.start(), r.precision(), r.end(), r.endPrecision()),
                    r.redefined() != null, r.redefined(), y + 5, y, newYear, y - ROW / 2));
        }
        int height = TOP * 2 + ROW * items.size();
        return new TimelinePicture(WIDTH, height, AXIS_X, height - TOP / 2, AXIS_X - 16, AXIS_X + 16, items);
    }

    /** One row of {@code timeline.rq}, named. */
    private record Row(TermView term, String kind, String start, String precision, String end, String endPrecision,
            TermView redefined) {
    }

    /**
     * A date (xsd:dateTime or xsd:date lexical form) shown to its precision, with an end date if any (unless the end
     * shows the same, e.g. a crisis within one year).
     */
    static String display(String start, String precision, String end, String endPrecision) {
        String s = truncate(start, precision);
        if (end == null || end.isEmpty()) {
            return s;
        }
        String e = truncate(end, endPrecision);
        return e.equals(s) ? s : s + " – " + e;
    }

    private static String truncate(String date, String precision) {
        String d = date.length() >= 10 ? date.substring(0, 10) : date;
        return switch (precision) {
            case "decade" -> d.length() >= 3 ? d.substring(0, 3) + "0s" : d;
            case "year" -> d.length() >= 4 ? d.substring(0, 4) : d;
            case "month" -> d.length() >= 7 ? d.substring(0, 7) : d;
            default -> d;
        };
    }

    /** day, month, year or decade, read from the precision's IRI or label; day when unknown. */
    private static String precision(Node n) {
        if (n == null) {
            return "day";
        }
        String s = (n.isURI() ? n.getURI().substring(Math.max(n.getURI().lastIndexOf('/'), n.getURI().lastIndexOf('#')) + 1)
                : lexical(n)).toLowerCase(Locale.ROOT);
        for (String p : new String[] {"decade", "month", "year"}) {
            if (s.contains(p)) {
                return p;
            }
        }
        return "day";
    }

    private static String lexical(Node n) {
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
