package org.w3id.sikg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.web.ResourcePage.StatementRow;

/** Templates escape every value: no unescaped Mustache tags anywhere, and no value leaks from an outer scope. */
class TemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/org/w3id/sikg/web/templates");

    @Test
    void noTemplateUsesAnUnescapedTag() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".mustache")).toList();
            assertThat(all).isNotEmpty();
            for (Path f : all) {
                String text = Files.readString(f);
                assertThat(text).as(f.toString()).doesNotContain("{{{").doesNotContain("{{&")
                        .doesNotContain("<script>").doesNotContainPattern("\\son[a-z]+=");
            }
        }
    }

    @Test
    void aLiteralInsideALinkedRowIsNeverALink() {
        TermView literal = TermView.of(NodeFactory.createLiteralString("<b>bold</b>"), Prefixes.standard());
        TermView property = TermView.of(NodeFactory.createURI("https://w3id.org/sikg/ontology#note"), "note",
                Prefixes.standard());
        StatementRow row = new StatementRow(property, literal, true, "/explain?s=x", List.of());
        String html = new Templates(new Chrome("/kg/sparql", "test")).render("test-row", new RowModel(row));
        assertThat(html).contains("<span class=\"literal\">&lt;b&gt;bold&lt;/b&gt;</span>").doesNotContain("href");
    }

    /** @param row the row rendered by the test template {@code test-row.mustache} (in src/test/resources) */
    public record RowModel(StatementRow row) {
    }

    @Test
    void javascriptIrisAreNotLinks() {
        TermView t = TermView.of(NodeFactory.createURI("javascript:alert(1)"), Prefixes.standard());
        assertThat(t.href()).isNull();
        assertThat(new Templates(new Chrome("/kg/sparql", "test")).render("term", t)).doesNotContain("href");
    }
}
