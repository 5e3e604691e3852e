package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.sikg.vocab.SIKG;
import org.xml.sax.InputSource;

/**
 * The front end over the article's real data ({@link ArticleSite}) and plain HTTP: one name per entity everywhere,
 * counts that match the store, explanations down to section locators, the network's hub and spokes as the
 * competency question answers them, the redefinition documents on the timeline, the competency questions in the
 * editor.
 */
@Timeout(300)
class WebArticleTest {

    private static final Path CQ_DIR = Path.of("queries", "cq");
    private static final Pattern WHY = Pattern.compile("<a class=\"why\" href=\"([^\"]+)\">");

    private static ArticleSite site;
    private static ArticleNames names;

    @BeforeAll
    static void start() {
        site = ArticleSite.start();
        names = new ArticleNames(ArticleSite.dataset());
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void everyPageNamesEveryTermByItsPreferredLabelOnly() {
        for (String id : List.of("japan", "united-states", "taiwan", "us-japan-alliance", "article-9",
                "higuchi-report", "joseph-nye", "japan-gulf-war-contribution", "source-article-s4-4")) {
            String page = site.page("/id/" + id);
            String name = names.of(SIKG.ID_NS + id);
            assertThat(page).as(id).contains("<h1>" + html(name) + "</h1>")
                    .contains("<title>" + html(name) + " · SIKG</title>");
            assertNamesOf(id, page);
        }
        assertThat(site.page("/id/japan")).contains("<h1>Japan</h1>").doesNotContain(">Tokyo</a>");
        assertThat(site.page("/id/united-states")).contains("<h1>United States</h1>").doesNotContain(">US</a>")
                .doesNotContain(">America</a>");
        assertThat(site.page("/id/japan-gulf-war-contribution"))
                .contains("<h1>Japan&#39;s financial contribution to the Gulf War coalition</h1>");
        for (String path : List.of("/id/", "/network", "/timeline", "/ontology", "/")) {
            assertNamesOf(path, site.page(path));
        }
        String ontology = site.page("/ontology");
        for (String id : List.of("japan", "us-japan-alliance", "article-9")) {
            for (ArticleNames.Link l : ArticleNames.links(site.page("/id/" + id))) {
                if (l.iri().startsWith(SIKG.NS)) {
                    assertThat(ontology).as("the ontology documents " + l.iri())
                            .contains("id=\"" + l.iri().substring(SIKG.NS.length()) + "\"");
                }
            }
        }
    }

    /** Every link to an entity or ontology term shows the term's name (or, for a cited section, its locator). */
    private static void assertNamesOf(String where, String page) {
        List<ArticleNames.Link> links = ArticleNames.links(page);
        assertThat(links).as(where).isNotEmpty();
        for (ArticleNames.Link l : links) {
            String locator = names.locator(l.iri());
            assertThat(l.text()).as(where + ": link to " + l.iri()).isIn(names.of(l.iri()), locator);
        }
    }

    @Test
    void theIndexListsEachEntityOnceUnderEachOfItsClasses() {
        String page = site.page("/id/");
        String[] groups = page.split("<section class=\"class-group\">");
        assertThat(groups.length).isGreaterThan(20);
        Set<String> all = new HashSet<>();
        for (int i = 1; i < groups.length; i++) {
            List<String> members = ArticleNames.links(groups[i].substring(groups[i].indexOf("<ul")))
                    .stream().map(ArticleNames.Link::iri).toList();
            assertThat(members).as("class group " + i).doesNotHaveDuplicates();
            all.addAll(members);
        }
        assertThat(all).contains(SIKG.ID_NS + "japan", SIKG.ID_NS + "taiwan", SIKG.ID_NS + "us-japan-alliance",
                SIKG.ID_NS + "higuchi-report", SIKG.ID_NS + "joseph-nye", SIKG.ID_NS + "article-9");
    }

    @Test
    void homePageCountsMatchTheStoreAndLinksToEverything() throws IOException {
        String page = site.page("/");
        DatasetStats.Counts expected = WebHttpTest.expectedCounts(ArticleSite.dataset());
        assertThat(expected.inferredTriples()).isPositive();
        assertThat(page).contains("<td class=\"asserted-triples\">" + expected.assertedTriples() + "</td>")
                .contains("<td class=\"inferred-triples\">" + expected.inferredTriples() + "</td>")
                .contains("<td class=\"served-triples\">" + expected.servedTriples() + "</td>")
                .contains(expected.factGraphs() + " fact graphs");
        long states = typed(SIKG.NS + "State", false);
        long clients = typed(SIKG.NS + "ClientState", false);
        long clientsInferred = typed(SIKG.NS + "ClientState", true);
        assertThat(clientsInferred).isGreaterThan(clients);
        assertThat(page).containsPattern("(?s)href=\"/ontology#State\"[^>]*>state</a>\\s*</td><td class=\"asserted\">"
                + states + "</td><td class=\"with-inference\">" + states + "</td>")
                .containsPattern("(?s)href=\"/ontology#ClientState\"[^>]*>client state</a>\\s*</td><td class=\"asserted\">"
                        + clients + "</td><td class=\"with-inference\">" + clientsInferred + "</td>");
        for (String href : List.of("/id/", "/ontology", "/ontology.ttl", "/ontology.rdf", "/sparql-editor", "/network",
                "/network.svg", "/timeline", "/timeline.svg", "/void", "/.well-known/void", "/service-description",
                "/dumps/sikg.trig", "/dumps/sikg.nq", "/kg/sparql")) {
            assertThat(page).contains("href=\"" + href + "\"");
            assertThat(site.get(href, "*/*").statusCode()).as(href).isEqualTo(200);
        }
        List<Path> files = cqFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(20);
        for (Path f : files) {
            String name = f.getFileName().toString().substring(0, 4);
            assertThat(page).contains("<li data-example=\"" + name + "\"><a href=\"/sparql-editor#" + name + "\">")
                    .contains("href=\"/sparql-editor/queries/" + f.getFileName() + "\"");
        }
        assertThat(page).contains("what does the patron provide and what does the client provide?");
    }

    @Test
    void anInferredStatementLinksToItsDerivationDownToSectionLocators() {
        String japan = site.page("/id/japan");
        Matcher row = Pattern.compile("(?s)<tr class=\"statement inferred\">\\s*<td class=\"property\"><a href=\""
                + "/ontology#alliedWith\"[^>]*>allied with</a>.{0,400}?United States.{0,400}?<a class=\"why\" "
                + "href=\"([^\"]+)\">").matcher(japan);
        assertThat(row.find()).as("an inferred 'allied with United States' row with a why? link").isTrue();
        String explain = site.page(ArticleNames.unescape(row.group(1)));
        assertThat(explain).contains("<ol class=\"derivation\" id=\"derivation\">").contains("<code class=\"rule\">")
                .containsPattern("<span class=\"section\"><a href=\"/id/source-article-s[0-9-]+\"[^>]*>§[0-9.]+</a>")
                .containsPattern("<code class=\"data\">data/[a-z-]+\\.csv:[0-9]+</code>");
        assertNamesOf("/explain", explain);
        String text = site.get(ArticleNames.unescape(row.group(1)) + "&format=text", "*/*").body();
        assertThat(text).startsWith("sikgid:japan sikg:alliedWith sikgid:united-states").contains("§");
        Matcher why = WHY.matcher(japan);
        int links = 0;
        while (why.find()) {
            String href = ArticleNames.unescape(why.group(1));
            assertThat(site.get(href, "text/html").body()).as(href).contains("id=\"derivation\"")
                    .contains("class=\"step asserted\"");
            links++;
        }
        assertThat(links).as("every inferred statement about Japan, literals included, has a working why? link")
                .isEqualTo(countMatches(japan, "<tr class=\"statement inferred\">"));
    }

    @Test
    void factsCiteTheirSectionOrTheirSourceAndWikidataLinksShow() {
        String alliance = site.page("/id/us-japan-alliance");
        assertThat(alliance).containsPattern("(?s)>start date</a>.{0,600}?Correlates of War Formal Alliances v4.1")
                .contains("outside the source article")
                .containsPattern("(?s)>has party</a>.{0,300}?>Japan</a>.{0,300}?>§2.1</a>");
        String japan = site.page("/id/japan");
        Node q17 = NodeFactory.createURI("http://www.wikidata.org/entity/Q17");
        assertThat(japan).contains("<a class=\"external wikidata\" rel=\"noopener noreferrer\" "
                + "href=\"http://www.wikidata.org/entity/Q17\">");
        Graph turtle = RDFParser.fromString(site.get("/id/japan", "text/turtle").body(), Lang.TURTLE).toGraph();
        assertThat(turtle.contains(NodeFactory.createURI(SIKG.ID_NS + "japan"), SKOS.exactMatch.asNode(), q17))
                .isTrue();
    }

    @Test
    void networkShowsTheHubAndTheSpokesTheCompetencyQuestionFinds() throws Exception {
        List<String> spokes = ArticleNames.firstColumn(ArticleSite.dataset(), cqFile("cq01"));
        assertThat(spokes).hasSizeGreaterThanOrEqualTo(6);
        Document svg = xml(site.get("/network.svg", null).body());
        assertThat(titles(svg, "g", "data-role", "hub")).containsExactly("United States (hub)");
        assertThat(titles(svg, "g", "data-role", "spoke")).containsExactlyInAnyOrderElementsOf(
                spokes.stream().map(s -> s + " (spoke)").toList());
        List<String> inferred = titles(svg, "path", "data-inferred", "true");
        assertThat(inferred).hasSizeGreaterThanOrEqualTo(spokes.size())
                .allMatch(t -> t.endsWith("(inferred)")).anyMatch(t -> t.equals("Japan allied with United States "
                        + "(inferred)"));
        assertThat(titles(svg, "path", "data-inferred", "false"))
                .contains("People's Republic of China launched Shanghai Cooperation Organisation (asserted)");
        String all = String.join("\n", titles(svg, "g", "data-role", "actor"));
        assertThat(all).doesNotContain("Trump").doesNotContain("Gorbachev");
    }

    @Test
    void timelineTracesTheRedefinitionInTheOrderTheCompetencyQuestionGives() throws Exception {
        List<String> redefinition = ArticleNames.firstColumn(ArticleSite.dataset(), cqFile("cq06"));
        assertThat(redefinition).hasSizeGreaterThanOrEqualTo(5);
        Document svg = xml(site.get("/timeline.svg", null).body());
        List<String> flagged = titles(svg, "g", "data-redefinition", "true").stream()
                .map(t -> t.substring(0, t.lastIndexOf(", "))).toList();
        assertThat(flagged).containsExactlyElementsOf(redefinition);
        List<String> items = titles(svg, "g", "data-kind", "document");
        Set<String> cited = citedSources();
        assertThat(cited).isNotEmpty();
        assertThat(items).noneMatch(t -> cited.contains(t.substring(0, t.lastIndexOf(", "))));
        assertThat(site.page("/timeline")).containsSubsequence("1994-08", "Higuchi Report (1994)", "1995-02",
                "1995-11-28", "1996-04", "1997");
    }

    @Test
    void theEditorPreloadsEveryCompetencyQuestionAndLoadsNothingFromOutside() throws IOException {
        String page = site.page("/sparql-editor");
        List<Path> files = cqFiles();
        JsonObject config = JSON.parse(site.get("/sparql-editor/config.json", null).body());
        assertThat(config.get("examples").getAsArray()).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            JsonObject example = config.get("examples").getAsArray().get(i).getAsObject();
            String title = example.get("title").getAsString().value();
            assertThat(title).endsWith("?");
            assertThat(example.get("query").getAsString().value())
                    .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
            assertThat(page).contains("data-example=\"" + example.get("name").getAsString().value() + "\"")
                    .contains(html(title));
            assertThat(site.get("/sparql-editor/queries/" + f.getFileName(), null).body())
                    .isEqualTo(Files.readString(f, StandardCharsets.UTF_8));
        }
        assertThat(page).doesNotContainPattern("<(script|link)[^>]+(src|href)=\"(https?:)?//");
        JsonObject prefixes = JSON.parse(site.get("/sparql-editor/prefixes.json", null).body());
        assertThat(prefixes.get("sikgid").getAsString().value()).isEqualTo(SIKG.ID_NS);
    }

    @Test
    void voidAndTheServiceDescriptionCountWhatTheEndpointServes() {
        DatasetStats.Counts expected = WebHttpTest.expectedCounts(ArticleSite.dataset());
        Graph v = RDFParser.fromString(site.get("/void", "text/turtle").body(), Lang.TURTLE).toGraph();
        Node ds = NodeFactory.createURI(DatasetDescription.DATASET);
        assertThat(v.find(ds, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm())
                .isEqualTo(Long.toString(expected.servedTriples()));
        assertThat(v.contains(NodeFactory.createURI("https://w3id.org/sikg/void#imported"), Node.ANY, Node.ANY))
                .as("no imported datasets in this store").isFalse();
        assertThat(v.find(Node.ANY, VOID.linkPredicate.asNode(), SKOS.exactMatch.asNode()).toList()).hasSize(1);
        assertThat(site.get("/service-description", "text/turtle").body())
                .contains("void:triples  " + expected.servedTriples());
    }

    private static int countMatches(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static long typed(String cls, boolean withInference) {
        DatasetGraph ds = ArticleSite.dataset();
        Node type = NodeFactory.createURI(cls);
        return Txn.calculateRead(ds, () -> {
            Set<Node> found = new HashSet<>();
            ds.find(Node.ANY, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> {
                GraphKind k = GraphKind.of(q.getGraph());
                if (k == GraphKind.FACT || k == GraphKind.DATASET || withInference && k == GraphKind.INFERRED) {
                    found.add(q.getSubject());
                }
            });
            return (long) found.size();
        });
    }

    /** The names of every source a fact cites (sikg:citedSource in the provenance graph). */
    private static Set<String> citedSources() {
        DatasetGraph ds = ArticleSite.dataset();
        return Txn.calculateRead(ds, () -> {
            Set<String> out = new HashSet<>();
            ds.find(NodeFactory.createURI(SIKG.GRAPH_PROVENANCE), Node.ANY, NodeFactory.createURI(SIKG.NS
                    + "citedSource"), Node.ANY).forEachRemaining(q -> out.add(names.of(q.getObject().getURI())));
            return out;
        });
    }

    static List<Path> cqFiles() throws IOException {
        try (Stream<Path> s = Files.list(CQ_DIR)) {
            return s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
    }

    static Path cqFile(String cq) throws IOException {
        return cqFiles().stream().filter(p -> p.getFileName().toString().startsWith(cq + "-")).findFirst()
                .orElseThrow();
    }

    /** Text as Mustache escapes it. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;").replace("=", "&#61;").replace("`", "&#96;");
    }

    private static Document xml(String body) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(body)));
    }

    /** The {@code <title>} texts of the elements named {@code tag} whose {@code attribute} is {@code value}. */
    static List<String> titles(Document d, String tag, String attribute, String value) {
        NodeList list = d.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (value.equals(e.getAttribute(attribute))) {
                NodeList t = e.getElementsByTagName("title");
                out.add(t.getLength() > 0 ? t.item(0).getTextContent() : "");
            }
        }
        return out;
    }
}
