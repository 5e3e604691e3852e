package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front end in a real browser (headless Chromium via Selenium, see {@link Browser}): the pages a scholar uses,
 * with their scripts, styles and Content Security Policy in force. A failing test leaves a screenshot in
 * {@code target/browser-screenshots/}.
 */
@ExtendWith(Browser.class)
@Timeout(60)
class WebBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path examples;

    private static WebTestServer server;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(examples.resolve("cq01-spokes.rq"), """
                # cq01: Which states are the spokes of the US-led hub-and-spokes system in Asia?
                # Sections: §2.1. Inferences: none.
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX sikg: <https://w3id.org/sikg/ontology#>
                SELECT ?spokeLabel ?spoke
                WHERE { ?system sikg:hub ?hub ; sikg:spoke ?spoke . ?spoke rdfs:label ?spokeLabel }
                ORDER BY ?spokeLabel
                """, StandardCharsets.UTF_8);
        Files.writeString(examples.resolve("cq02-allies.rq"), """
                # cq02: Which states are allies of the United States in Asia?
                PREFIX sikg: <https://w3id.org/sikg/ontology#>
                SELECT ?ally WHERE { ?ally sikg:alliedWith <https://w3id.org/sikg/id/united-states> }
                """, StandardCharsets.UTF_8);
        server = WebTestServer.start(WebSettings.defaults().withExamplesDirectory(examples));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void homePageSaysWhatSikgIsAndCountsTriples(WebDriver browser) {
        browser.get(server.base() + "/");
        assertThat(browser.getTitle()).isEqualTo("Home · SIKG");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Security Institutions Knowledge Graph");
        DatasetStats.Counts counts = WebHttpTest.expectedCounts(server);
        assertThat(browser.findElement(By.cssSelector("td.asserted-triples")).getText())
                .isEqualTo(Long.toString(counts.assertedTriples()));
        assertThat(browser.findElement(By.cssSelector("td.inferred-triples")).getText())
                .isEqualTo(Long.toString(counts.inferredTriples()));
        browser.findElement(By.linkText("Alliance network")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/network"));
    }

    @Test
    void competencyQuestionRunsInTheEditorAndShowsItsAnswers(WebDriver browser) {
        browser.get(server.base() + "/sparql-editor");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-editor-ready")));
        assertThat(browser.findElement(By.id("examples-status")).getText()).isEqualTo("2 competency questions");
        WebElement cq01 = browser.findElement(By.cssSelector("button.example[data-example='cq01']"));
        assertThat(cq01.getText()).contains("Which states are the spokes");
        cq01.click();
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .CodeMirror")).stream()
                .anyMatch(e -> e.getText().contains("sikg:spoke")));
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        WebElement results = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".tabPanel.active .yasr table")));
        wait.until(d -> results.getText().contains("South Korea"));
        assertThat(results.getText()).contains("Australia", "Japan", "Philippines", "South Korea");
        assertThat(browser.findElements(By.cssSelector(".tabPanel.active .yasr tbody tr"))).hasSize(4);
    }

    @Test
    void japansInferredAllianceLeadsToItsExplanation(WebDriver browser) {
        browser.get(server.base() + "/id/japan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Japan");
        assertThat(browser.findElement(By.cssSelector("a.wikidata")).getAttribute("href"))
                .isEqualTo("http://www.wikidata.org/entity/Q17");
        WebElement row = browser.findElements(By.cssSelector("table.statements tr.statement.inferred")).stream()
                .filter(r -> r.getText().contains("allied with") && r.getText().contains("United States"))
                .findFirst().orElseThrow(() -> new AssertionError("no inferred 'allied with United States' row"));
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("inferred");
        row.findElement(By.cssSelector("a.why")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/explain"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Why does this hold?");
        String derivation = browser.findElement(By.id("derivation")).getText();
        assertThat(derivation).contains("spoke-allied-with-hub", "§2.1");
        assertThat(derivation).contains("<script>alert('explanation')</script>");
        assertThat(browser.findElement(By.cssSelector("tr.statement")).getText())
                .contains("Japan", "allied with", "United States");
    }

    @Test
    void networkViewShowsTheHubAndItsSpokes(WebDriver browser) {
        browser.get(server.base() + "/network");
        WebElement svg = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("svg#network")));
        List<WebElement> hubs = svg.findElements(By.cssSelector("g.node.hub"));
        assertThat(hubs).hasSize(1);
        assertThat(hubs.get(0).findElement(By.tagName("text")).getText()).isEqualTo("United States");
        List<String> spokes = svg.findElements(By.cssSelector("g.node.spoke text")).stream().map(WebElement::getText)
                .sorted().toList();
        assertThat(spokes).containsExactly("Australia", "Japan", "Philippines", "South Korea");
        List<WebElement> inferred = svg.findElements(By.cssSelector("g.edges path.edge.inferred"));
        assertThat(inferred).hasSize(4);
        assertThat(inferred.get(0).getCssValue("stroke-dasharray")).isNotEqualTo("none");
        assertThat(svg.findElement(By.cssSelector("g.edges path.edge.spoke")).getCssValue("stroke-dasharray"))
                .isEqualTo("none");
        hubs.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/id/united-states"));
    }
}
