package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front end in a real browser (headless Chromium via Selenium, see {@link Browser}) over the article's real data
 * ({@link ArticleSite}: the embedded ontology and data with reasoning, the reasoner's explanations, the embedded
 * competency questions): the pages a scholar uses, with their scripts, styles and Content Security Policy in force.
 * Expected answers come from the store (competency questions run directly), not from the pages. Waits are generous
 * (the first explanation materialises the store again; the machine may have two busy cores). A failing test leaves
 * a screenshot in {@code target/browser-screenshots/}.
 */
@ExtendWith(Browser.class)
@Timeout(180)
class WebBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(45);

    private static ArticleSite site;

    @BeforeAll
    static void start() {
        site = ArticleSite.start();
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void homePageSaysWhatSikgIsAndCountsTriples(WebDriver browser) {
        browser.get(site.base() + "/");
        assertThat(browser.getTitle()).isEqualTo("Home · SIKG");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Security Institutions Knowledge Graph");
        DatasetStats.Counts counts = WebHttpTest.expectedCounts(ArticleSite.dataset());
        assertThat(browser.findElement(By.cssSelector("td.asserted-triples")).getText())
                .isEqualTo(Long.toString(counts.assertedTriples()));
        assertThat(browser.findElement(By.cssSelector("td.inferred-triples")).getText())
                .isEqualTo(Long.toString(counts.inferredTriples()));
        assertThat(browser.findElements(By.cssSelector("ol.questions li"))).hasSizeGreaterThanOrEqualTo(20);
        browser.findElement(By.linkText("Alliance network")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/network"));
    }

    @Test
    void competencyQuestionRunsInTheEditorAndShowsItsAnswers(WebDriver browser) throws IOException {
        List<String> expected = ArticleNames.firstColumn(ArticleSite.dataset(), WebArticleTest.cqFile("cq01"));
        assertThat(expected).contains("Japan", "South Korea", "Taiwan");
        browser.get(site.base() + "/sparql-editor");
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-editor-ready")));
        int files = WebArticleTest.cqFiles().size();
        assertThat(browser.findElement(By.id("examples-status")).getText()).isEqualTo(files + " competency questions");
        assertThat(browser.findElements(By.cssSelector("button.example:enabled"))).hasSize(files);
        WebElement cq01 = browser.findElement(By.cssSelector("button.example[data-example='cq01']"));
        assertThat(cq01.getText()).contains("Which states are the spokes of the US-led hub-and-spokes system");
        cq01.click();
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .CodeMirror")).stream()
                .anyMatch(e -> e.getText().contains("sikg:HubAndSpokesSystem")));
        browser.findElement(By.cssSelector(".tabPanel.active .yasqe_queryButton")).click();
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .yasr tbody tr")).size() == expected.size());
        List<String> shown = browser.findElements(By.cssSelector(".tabPanel.active .yasr tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText().strip()).toList();
        assertThat(shown).allMatch(cell -> cell.endsWith("\"@en"), "YASR shows English literals as \"…\"@en")
                .map(cell -> cell.substring(1, cell.length() - "\"@en".length()))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void theHomePagesQuestionLinksOpenTheQuestionInTheEditor(WebDriver browser) {
        browser.get(site.base() + "/");
        WebElement link = browser.findElement(By.cssSelector("ol.questions li[data-example='cq06'] a"));
        // The link names the question in the fragment; YASGUI rewrites the fragment once it has read it, so the
        // address bar is not checked after the click (it may already show "#"): the open tab is.
        assertThat(link.getAttribute("href")).endsWith("/sparql-editor#cq06");
        link.click();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.urlContains("/sparql-editor"));
        wait.until(d -> d.findElements(By.cssSelector(".tabPanel.active .CodeMirror")).stream()
                .anyMatch(e -> e.getText().contains("sikg:redefined")));
        assertThat(browser.findElement(By.cssSelector("[role='tab'][aria-selected='true'] span")).getText())
                .isEqualTo("cq06");
    }

    @Test
    void japansInferredAllianceLeadsToItsExplanationWithSections(WebDriver browser) {
        browser.get(site.base() + "/id/japan");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Japan");
        assertThat(browser.findElement(By.cssSelector("a.wikidata")).getAttribute("href"))
                .isEqualTo("http://www.wikidata.org/entity/Q17");
        WebElement row = browser.findElements(By.cssSelector("table.statements tr.statement.inferred")).stream()
                .filter(r -> r.getText().startsWith("allied with") && r.getText().contains("United States"))
                .findFirst().orElseThrow(() -> new AssertionError("no inferred 'allied with United States' row"));
        assertThat(row.findElement(By.cssSelector(".badge")).getText()).isEqualTo("inferred");
        row.findElement(By.cssSelector("a.why")).click();
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(ExpectedConditions.urlContains("/explain"));
        WebElement derivation = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("derivation")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Why does this hold?");
        assertThat(browser.findElement(By.cssSelector("tr.statement")).getText())
                .contains("Japan", "allied with", "United States");
        List<WebElement> sections = derivation.findElements(By.cssSelector("li.step.asserted .section a"));
        assertThat(sections).isNotEmpty().allSatisfy(a -> assertThat(a.getText()).matches("§[0-9.]+"));
        assertThat(derivation.findElement(By.cssSelector("code.rule")).getText()).isNotBlank();
        String section = sections.get(0).getText();
        sections.get(0).click();
        wait.until(ExpectedConditions.urlContains("/id/source-article-s"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(section);
    }

    @Test
    void networkViewShowsTheHubAndItsSpokes(WebDriver browser) throws IOException {
        List<String> spokes = ArticleNames.firstColumn(ArticleSite.dataset(), WebArticleTest.cqFile("cq01"));
        browser.get(site.base() + "/network");
        WebElement svg = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("svg#network")));
        List<WebElement> hubs = svg.findElements(By.cssSelector("g.node.hub"));
        assertThat(hubs).hasSize(1);
        assertThat(hubs.get(0).findElement(By.tagName("text")).getText()).isEqualTo("United States");
        List<String> shown = svg.findElements(By.cssSelector("g.node.spoke text")).stream().map(WebElement::getText)
                .sorted().toList();
        assertThat(shown).containsExactlyElementsOf(spokes.stream().sorted().toList());
        List<WebElement> inferred = svg.findElements(By.cssSelector("g.edges path.edge.inferred"));
        assertThat(inferred).hasSizeGreaterThanOrEqualTo(spokes.size());
        assertThat(inferred.get(0).getCssValue("stroke-dasharray")).isNotEqualTo("none");
        assertThat(svg.findElement(By.cssSelector("g.edges path.edge.spoke")).getCssValue("stroke-dasharray"))
                .isEqualTo("none");
        hubs.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.urlContains("/id/united-states"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("United States");
    }
}
