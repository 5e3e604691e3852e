package org.w3id.sikg.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The Mustache templates under {@code src/main/resources/org/w3id/sikg/web/templates/}. Mustache's {@code {{value}}}
 * HTML-escapes every value; the templates never use the unescaped forms ({@code {{{value}}}}, {@code {{&value}}}),
 * which {@code TemplatesTest} enforces. Page models are records; templates only read their accessors.
 */
final class Templates {

    private static final String ROOT = "org/w3id/sikg/web/templates";

    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT);
    private final Object chrome;

    /** @param chrome the scope every template can read besides its page model (site name, endpoint paths) */
    Templates(Object chrome) {
        this.chrome = chrome;
    }

    /** Renders template {@code name} (without {@code .mustache}) with {@code model} to {@code out}. */
    void render(String name, Object model, Writer out) {
        Mustache m = factory.compile(name + ".mustache");
        try {
            m.execute(out, new Object[] {chrome, model}).flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders to a string (used for SVG documents and tests). */
    String render(String name, Object model) {
        StringWriter w = new StringWriter();
        render(name, model, w);
        return w.toString();
    }
}
