package org.w3id.sikg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.sikg.web.NetworkData.Edge;
import org.w3id.sikg.web.NetworkData.Role;
import org.w3id.sikg.web.NetworkPicture.EdgeRow;
import org.w3id.sikg.web.NetworkPicture.SvgEdge;
import org.w3id.sikg.web.NetworkPicture.SvgNode;

/**
 * A deterministic radial layout of the alliance network: hubs at the centre, states on an inner ring (spokes first),
 * alliances and institutions on an outer ring, each placed near the states it connects. Same data, same picture.
 */
final class NetworkLayout {

    static final int SIZE = 1000;
    /** Room left and right of the outer ring for long labels, and above it for the legend. */
    private static final int MARGIN_X = 240;
    private static final int MARGIN_TOP = 110;
    private static final double CX = MARGIN_X + SIZE / 2.0;
    private static final double CY = MARGIN_TOP + SIZE / 2.0;
    private static final double INNER = 250;
    private static final double OUTER = 400;
    private static final Map<String, String> RELATIONS = Map.of("spoke", "has spoke", "allied", "allied with",
            "party", "party to", "member", "member of", "founded", "helped found");

    private final NetworkData data;
    private final Site site;
    private final Map<Node, double[]> positions = new HashMap<>();

    NetworkLayout(NetworkData data, Site site) {
        this.data = data;
        this.site = site;
    }

    NetworkPicture picture() {
        List<Node> hubs = byRole(Role.HUB);
        List<Node> inner = new ArrayList<>(byRole(Role.SPOKE));
        inner.addAll(byRole(Role.ACTOR));
        List<Node> outer = new ArrayList<>(byRole(Role.ALLIANCE));
        outer.addAll(byRole(Role.INSTITUTION));
        ring(hubs, hubs.size() <= 1 ? 0 : 70);
        ring(inner, INNER);
        outerRing(outer);
        List<SvgNode> nodes = new ArrayList<>();
        data.roles().keySet().forEach(n -> nodes.add(node(n)));
        List<SvgEdge> edges = new ArrayList<>();
        List<EdgeRow> rows = new ArrayList<>();
        for (Edge e : data.edges()) {
            edges.add(edge(e));
            rows.add(new EdgeRow(term(e.a()), relation(e), term(e.b()), e.inferred()));
        }
        edges.sort(Comparator.comparing(SvgEdge::inferred));
        rows.sort(Comparator.comparing((EdgeRow r) -> r.relation()).thenComparing(r -> r.a().text())
                .thenComparing(r -> r.b().text()));
        return new NetworkPicture(SIZE + 2 * MARGIN_X, SIZE + MARGIN_TOP, nodes, edges, rows);
    }

    private List<Node> byRole(Role role) {
        return data.roles().entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(n -> name(n).toLowerCase(Locale.ROOT))).toList();
    }

    private void ring(List<Node> nodes, double radius) {
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
            positions.put(nodes.get(i), polar(angle, radius));
        }
    }

    /** Places each outer node in an evenly spaced slot, in the order of the mean angle of its neighbours. */
    private void outerRing(List<Node> nodes) {
        Map<Node, Double> wanted = new HashMap<>();
        for (Node n : nodes) {
            double sx = 0;
            double sy = 0;
            for (Edge e : data.edges()) {
                Node other = e.a().equals(n) ? e.b() : e.b().equals(n) ? e.a() : null;
                double[] p = other == null ? null : positions.get(other);
                if (p != null) {
                    sx += p[0] - CX;
                    sy += p[1] - CY;
                }
            }
            wanted.put(n, Math.atan2(sy, sx));
        }
        List<Node> order = nodes.stream().sorted(Comparator.comparing(wanted::get)).toList();
        double start = order.isEmpty() ? 0 : wanted.get(order.get(0));
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i), polar(start + 2 * Math.PI * i / order.size(), OUTER));
        }
    }

    private SvgNode node(Node n) {
        Role role = data.roles().get(n);
        double[] p = positions.get(n);
        double r = switch (role) {
            case HUB -> 24;
            case SPOKE -> 15;
            case ACTOR -> 12;
            default -> 9;
        };
        double dx = p[0] - CX;
        double dy = p[1] - CY;
        double len = Math.hypot(dx, dy);
        double lx = len < 1 ? p[0] : p[0] + dx / len * (r + 6);
        double ly = len < 1 ? p[1] + r + 16 : p[1] + dy / len * (r + 6) + 4;
        String anchor = len < 1 || Math.abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
        TermView t = term(n);
        return new SvgNode(t.text(), t.iri(), t.href(), role.name().toLowerCase(Locale.ROOT), fmt(p[0]), fmt(p[1]),
                fmt(r), fmt(lx), fmt(ly), anchor);
    }

    private SvgEdge edge(Edge e) {
        double[] a = positions.get(e.a());
        double[] b = positions.get(e.b());
        String path;
        if (e.kind().equals("allied")) {
            double mx = (a[0] + b[0]) / 2 - (b[1] - a[1]) * 0.15;
            double my = (a[1] + b[1]) / 2 + (b[0] - a[0]) * 0.15;
            path = "M" + fmt(a[0]) + " " + fmt(a[1]) + " Q" + fmt(mx) + " " + fmt(my) + " " + fmt(b[0]) + " "
                    + fmt(b[1]);
        } else {
            path = "M" + fmt(a[0]) + " " + fmt(a[1]) + " L" + fmt(b[0]) + " " + fmt(b[1]);
        }
        String title = name(e.a()) + " " + relation(e) + " " + name(e.b())
                + (e.inferred() ? " (inferred)" : " (asserted)");
        return new SvgEdge(e.kind(), e.inferred(), path, title);
    }

    /** The edge's relation in words: the property's label for founded edges, else the kind's. */
    private String relation(Edge e) {
        return e.relation() != null ? site.name(e.relation()) : RELATIONS.get(e.kind());
    }

    private TermView term(Node n) {
        return site.term(n);
    }

    private String name(Node n) {
        return term(n).text();
    }

    private static double[] polar(double angle, double radius) {
        return new double[] {CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)};
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
