package org.w3id.sikg.web;

import java.util.List;

/**
 * The model of a resource page ({@code /id/{id}}).
 *
 * @param iri the resource's IRI
 * @param label its English label, or its identifier
 * @param types its classes, asserted first
 * @param statements what is said about it, asserted and inferred
 * @param incoming what points to it
 * @param sources the provenance of the fact graphs that mention it
 * @param elsewhere the same entity in other datasets (skos:exactMatch / owl:sameAs), e.g. Wikidata
 * @param alternates the same description in RDF syntaxes
 */
public record ResourcePage(String iri, String label, List<TermView> types, List<StatementRow> statements,
        List<StatementRow> incoming, List<SourceView> sources, List<TermView> elsewhere, List<Alternate> alternates) {

    public long inferredCount() {
        return statements.stream().filter(StatementRow::inferred).count()
                + incoming.stream().filter(StatementRow::inferred).count();
    }

    public boolean hasIncoming() {
        return !incoming.isEmpty();
    }

    public boolean hasSources() {
        return !sources.isEmpty();
    }

    public boolean hasElsewhere() {
        return !elsewhere.isEmpty();
    }

    /**
     * One statement, either outgoing (the page's resource is the subject; {@code other} is the object) or incoming
     * (the resource is the object; {@code other} is the subject).
     *
     * @param property the predicate
     * @param other the other end
     * @param inferred true when only the inferred graph holds it
     * @param explainHref link to its explanation (inferred) or its sources (asserted); null for blank nodes
     * @param sections the sections of the fact graphs asserting it, shown by their locators (e.g. "§2.1")
     */
    public record StatementRow(TermView property, TermView other, boolean inferred, String explainHref,
            List<TermView> sections) {

        public boolean hasSections() {
            return !sections.isEmpty();
        }
    }

    /**
     * Where a fact graph comes from.
     *
     * @param graph the fact graph's IRI, abbreviated
     * @param sections the sections of the source document it was curated from, shown by their locators ("§2.1"),
     *     or the marker of facts from outside the article, shown by its label
     * @param located whether some section has a locator (the fact is from the article itself)
     * @param document the source document, or null
     * @param cited the sources cited for the fact
     * @param file the data file, or null
     * @param line the line in the data file, or null
     */
    public record SourceView(String graph, List<TermView> sections, boolean located, TermView document,
            List<TermView> cited, String file, String line) {

        /** What a statement cites: its sections, or the cited sources when it is not from the article. */
        public List<TermView> citations() {
            return located || cited.isEmpty() ? sections : cited;
        }
    }

    /**
     * A link to another representation.
     *
     * @param name the syntax name shown
     * @param href the URL
     * @param mediaType its media type
     */
    public record Alternate(String name, String href, String mediaType) {
    }
}
