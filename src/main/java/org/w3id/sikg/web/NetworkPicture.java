package org.w3id.sikg.web;

import java.util.List;

/**
 * The alliance network as an SVG picture (server-side layout) plus the same edges as a table.
 *
 * @param width the SVG width
 * @param height the SVG height
 * @param nodes the nodes with positions
 * @param edges the edges as SVG paths
 * @param rows the edges as table rows
 */
public record NetworkPicture(int width, int height, List<SvgNode> nodes, List<SvgEdge> edges, List<EdgeRow> rows) {

    public boolean empty() {
        return nodes.isEmpty();
    }

    public long inferredCount() {
        return edges.stream().filter(SvgEdge::inferred).count();
    }

    /**
     * @param label the node's label
     * @param iri its IRI
     * @param href its page
     * @param role hub, spoke, alliance, institution or actor (a CSS class and a data attribute)
     * @param x centre x
     * @param y centre y
     * @param r radius
     * @param labelX label x
     * @param labelY label y
     * @param anchor label text-anchor
     */
    public record SvgNode(String label, String iri, String href, String role, String x, String y, String r,
            String labelX, String labelY, String anchor) {
    }

    /**
     * @param kind spoke, allied, party, member or founded (a CSS class)
     * @param inferred whether only the reasoner concludes it (drawn dashed)
     * @param path the SVG path data
     * @param title the edge in words, shown on hover
     */
    public record SvgEdge(String kind, boolean inferred, String path, String title) {
    }

    /**
     * @param a one end
     * @param relation the relation in words
     * @param b the other end
     * @param inferred whether only the reasoner concludes it
     */
    public record EdgeRow(TermView a, String relation, TermView b, boolean inferred) {
    }
}
