package org.w3id.sikg.imports;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVRecord;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.sikg.vocab.PROV;
import org.w3id.sikg.vocab.SIKG;

/**
 * Writes a dataset's records in the ontology's terms into one graph (docs/datasets.md shows the result): alliances
 * ({@code sikg:BilateralAlliance} or {@code sikg:MultilateralAlliance} by their number of distinct members, dates,
 * censoring, duration, the dataset's identifiers), memberships ({@code sikg:AllianceMembership}: member, alliance,
 * entry and exit with precision, commitment types, censoring), and row provenance on each record: the dataset as
 * {@code sikg:citedSource}, file and line. {@code sikg:hasParty} is not written: OWL 2 RL infers it from the
 * memberships.
 */
final class DatasetMapper {

    private static final Node ORG_MEMBER = NodeFactory.createURI("http://www.w3.org/ns/org#member");
    /** Loader provenance terms (docs/loading.md), also used for the row a record comes from. */
    private static final Node DATA_FILE = NodeFactory.createURI(SIKG.NS + "dataFile");
    private static final Node DATA_LINE = NodeFactory.createURI(SIKG.NS + "dataLine");
    private static final Node TRUE = NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
    private static final int NAMES_IN_LABEL = 4;
    private static final String ARTICLE_ALLIANCES = "article-alliances.csv";

    private final DatasetInfo info;
    private final StateCodes states;
    private final Graph graph = GraphFactory.createGraphMem();

    DatasetMapper(DatasetInfo info, StateCodes states) {
        this.info = info;
        this.states = states;
    }

    Graph graph() {
        return graph;
    }

    /** Adds one membership row; {@code state} is the member's resource. */
    void membership(Membership m, Node state) {
        Node s = info.membership(m.alliance(), m.ccode(), m.phase(), m.start());
        add(s, RDF.type.asNode(), SIKG.AllianceMembership.asNode());
        String phase = m.phase() > 0 ? ", phase " + m.phase() : "";
        add(s, RDFS.label.asNode(), english(states.name(m.ccode()) + " in " + info.shortTitle() + " alliance "
                + m.alliance() + phase));
        add(s, ORG_MEMBER, state);
        add(s, SIKG.inAlliance.asNode(), info.alliance(m.alliance()));
        dates(s, m.start(), m.end());
        for (Resource c : m.commitments()) {
            add(s, SIKG.commitmentType.asNode(), c.asNode());
        }
        if (m.leftCensored()) {
            add(s, SIKG.leftCensored.asNode(), TRUE);
        }
        if (m.rightCensored()) {
            add(s, SIKG.rightCensored.asNode(), TRUE);
        }
        row(s, m.file(), m.line());
    }

    /** Adds one alliance with its members' codes (distinct, in order of appearance). */
    void alliance(Alliance a, Collection<Integer> members) {
        Node s = info.alliance(a.id());
        Resource kind = members.size() > 2 ? SIKG.MultilateralAlliance : SIKG.BilateralAlliance;
        add(s, RDF.type.asNode(), kind.asNode());
        add(s, RDFS.label.asNode(), english(label(a, members)));
        Node id = integer(a.id());
        add(s, info.idProperty(), id);
        if (a.cowId() != null) {
            add(s, SIKG.cowAllianceId.asNode(), integer(a.cowId()));
        }
        dates(s, a.start(), a.end());
        if (a.rightCensored()) {
            add(s, SIKG.rightCensored.asNode(), TRUE);
        }
        add(s, SIKG.durationYears.asNode(), PartialDate.yearsBetween(a.start().first(),
                a.rightCensored() ? info.observedUntil() : a.end().first()));
        if (a.cowType() != null) {
            add(s, SKOS.note.asNode(), english("COW alliance type (ss_type): " + a.cowType()));
        }
        if (a.file() != null) {
            row(s, a.file(), a.line());
        } else {
            add(s, SIKG.citedSource.asNode(), info.dataset());
        }
    }

    /**
     * Links the article's alliances to this dataset's records (bundled {@code article-alliances.csv}: the article
     * data's notes name COW 233 for the Japan-US alliance, ...): the identifier on the article's alliance, for the
     * records that were imported.
     */
    void articleLinks(Set<Integer> imported) {
        for (CSVRecord r : StateCodes.bundled(ARTICLE_ALLIANCES)) {
            int id = Integer.parseInt(r.get("record_id"));
            if (r.get("dataset").equals(info.name()) && imported.contains(id)) {
                add(DatasetInfo.id(r.get("sikg_id")), info.idProperty(), integer(id));
            }
        }
    }

    /**
     * The dataset ({@code sikg:Dataset} with version and homepage) and the graph's provenance: derived from the
     * dataset, through the given files (name, rows, SHA-256).
     */
    void provenance(List<SourceFile> files) {
        Node d = info.dataset();
        add(d, RDF.type.asNode(), SIKG.Dataset.asNode());
        add(d, RDFS.label.asNode(), english(info.title()));
        add(d, DCTerms.creator.asNode(), NodeFactory.createLiteralString(info.creator()));
        add(d, OWL2.versionInfo.asNode(), NodeFactory.createLiteralString(info.version().toPlainString()));
        add(d, RDFS.seeAlso.asNode(), NodeFactory.createURI(info.homepage()));
        Node g = info.graph();
        add(g, RDF.type.asNode(), PROV.Entity.asNode());
        add(g, RDFS.label.asNode(), english(info.shortTitle() + " v" + info.version().toPlainString()
                + " as imported by sikg import " + info.name()));
        add(g, PROV.wasDerivedFrom.asNode(), d);
        add(g, SIKG.citedSource.asNode(), d);
        for (SourceFile f : files) {
            Node file = info.sourceFile(f.role());
            add(g, PROV.wasDerivedFrom.asNode(), file);
            add(file, RDF.type.asNode(), PROV.Entity.asNode());
            add(file, RDFS.label.asNode(), NodeFactory.createLiteralString(f.summary().file()));
            add(file, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(f.summary().sha256()));
            add(file, SKOS.note.asNode(), english(f.summary().rows() + " data rows read as the " + f.role()
                    + " file"));
        }
    }

    private void dates(Node s, PartialDate start, PartialDate end) {
        add(s, SIKG.startDate.asNode(), start.literal());
        if (start.precision().concept() != null) {
            add(s, SIKG.startDatePrecision.asNode(), start.precision().concept().asNode());
        }
        if (end != null) {
            add(s, SIKG.endDate.asNode(), end.literal());
            if (end.precision().concept() != null) {
                add(s, SIKG.endDatePrecision.asNode(), end.precision().concept().asNode());
            }
        }
    }

    private void row(Node s, String file, long line) {
        add(s, SIKG.citedSource.asNode(), info.dataset());
        add(s, DATA_FILE, NodeFactory.createLiteralString(file));
        add(s, DATA_LINE, NodeFactory.createLiteralDT(String.valueOf(line), XSDDatatype.XSDinteger));
    }

    private String label(Alliance a, Collection<Integer> members) {
        String period = a.start().first().getYear() + "-" + (a.end() == null ? "" : a.end().first().getYear());
        List<String> names = members.stream().limit(NAMES_IN_LABEL).map(states::name).collect(Collectors.toList());
        if (members.size() > NAMES_IN_LABEL) {
            names.add("and " + (members.size() - NAMES_IN_LABEL) + " more");
        }
        return info.shortTitle() + " alliance " + a.id() + " (" + period + "): " + String.join(", ", names);
    }

    private static Node english(String text) {
        return NodeFactory.createLiteralLang(text, "en");
    }

    private static Node integer(int v) {
        return NodeFactory.createLiteralDT(String.valueOf(v), XSDDatatype.XSDinteger);
    }

    private void add(Node s, Node p, Node o) {
        graph.add(s, p, o);
    }
}
