package org.w3id.sikg.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.export.ExportFormat;
import org.w3id.sikg.export.Exporter;
import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.store.SikgStore;
import org.w3id.sikg.store.StoreBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sikg export}: writes the store in an RDF format with RDF4J Rio. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store as RDF: ttl (pretty Turtle, union of graphs), trig and nq (named graphs), "
            + "jsonld (compacted with the published context ontology/context.jsonld), rdfxml (union of graphs).",
            "Builds the store first when there is none, as 'load' would (from --ontology and --data, or their defaults)."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    SourceOptions sources;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ttl, trig, nq, jsonld, rdfxml.", converter = FormatConverter.class)
    ExportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file. Default: standard output.")
    Path out;

    @Option(names = "--asserted-only", description = "Leave out the inferred graph.")
    boolean assertedOnly;

    @Override
    public Integer call() {
        Exporter.Selection selection = assertedOnly ? Exporter.Selection.ASSERTED : Exporter.Selection.ALL;
        try (SikgStore st = SikgStore.openOrBuild(store.store, sources::sources, Enricher::discovered,
                StoreBuilder.Policy.IF_MISSING)) {
            long n;
            if (out == null) {
                n = st.dataset().calculateRead(() -> Exporter.write(st.dataset(), format, selection,
                        spec.commandLine().getOut()));
                spec.commandLine().getOut().flush();
            } else {
                n = writeFile(st, selection);
                spec.commandLine().getErr().printf("wrote %d statements to %s%n", n, Sources.display(out));
            }
        }
        return Main.EXIT_OK;
    }

    /** Writes to a temporary file next to {@code out}, then renames it: a failed export leaves no half file. */
    private long writeFile(SikgStore st, Exporter.Selection selection) {
        Path target = out.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            long n;
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
                n = st.dataset().calculateRead(() -> Exporter.write(st.dataset(), format, selection, w));
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return n;
        } catch (IOException e) {
            throw new SikgException(ErrorCode.IO_FAILURE, out.toString(), "cannot write the file: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException e) {
                spec.commandLine().getErr().println("could not remove " + partial + ": " + e.getMessage());
            }
        }
    }

    /** Case-insensitive format names with the list of valid ones in the error. */
    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "unknown format '" + value + "' (expected one of: ttl, trig, nq, jsonld, rdfxml)");
            }
        }
    }
}
