package org.w3id.sikg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.query.KgView;
import org.w3id.sikg.query.QueryFiles;
import org.w3id.sikg.query.QueryRunner;
import org.w3id.sikg.query.ResultFormat;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sikg query FILE.rq}: the answers of the SPARQL endpoints, offline. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query file over the store, offline: the same answers as /kg/sparql "
            + "(or /kg-asserted/sparql with --asserted-only).",
            "csv, tsv, json and xml are the W3C SPARQL 1.1 result formats."})
final class QueryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.rq", description = "the query")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "table, csv, tsv, json, xml (SELECT, ASK); turtle, ntriples, jsonld, rdfxml, trig "
                + "(CONSTRUCT, DESCRIBE; table gives Turtle, json JSON-LD) (default: table)")
    ResultFormat format = ResultFormat.TABLE;

    @Option(names = "--asserted-only", description = "leave out the inferred graph")
    boolean assertedOnly;

    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store (default: ${DEFAULT-VALUE})")
    Path store = Path.of("store");

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "stop the query after this long (default: none)")
    double timeout;

    @Override
    public Integer call() {
        Query query = QueryFiles.read(file);
        DatasetGraph dataset = StoreOpener.open(store);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Duration limit = Duration.ofMillis(Math.round(Math.max(0, timeout) * 1000));
        new QueryRunner(dataset, limit).run(query, assertedOnly ? KgView.ASSERTED : KgView.ALL, format, bytes);
        spec.commandLine().getOut().print(bytes.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
        return Main.EXIT_OK;
    }

    /** Case-insensitive format names, listing the valid ones on a mistake. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            for (ResultFormat f : ResultFormat.values()) {
                if (f.cliName().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format '" + value + "'; use one of "
                    + java.util.Arrays.stream(ResultFormat.values()).map(ResultFormat::cliName).toList());
        }
    }
}
