package org.w3id.sikg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.reason.Clash;
import org.w3id.sikg.reason.Materialisation;
import org.w3id.sikg.reason.Materialiser;
import org.w3id.sikg.reason.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sikg reason --ontology F --data F [--rules F] [--out F]}: materialises the OWL 2 RL closure (plus any
 * extra rule files) of RDF files and prints its figures; with {@code --out}, writes the inferred triples (format by
 * file extension). Exit 1 with REASON-001 problems when the data is inconsistent.
 */
@Command(name = "reason", mixinStandardHelpOptions = true,
        description = "Materialise the OWL 2 RL closure of RDF files and print its figures.")
public final class ReasonCommand implements Callable<Integer> {

    @Option(names = "--ontology", required = true, description = "Ontology file (any RDF syntax, .gz allowed).")
    Path ontology;

    @Option(names = "--data", description = "Data file(s) (any RDF syntax, .gz allowed).")
    List<Path> data = new ArrayList<>();

    @Option(names = "--rules", description = "Extra rule file(s) in Jena rule syntax, after the OWL 2 RL rules.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--out", description = "Write the inferred triples here (.ttl, .nt, .nt.gz ...).")
    Path out;

    @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-derivations", description = "Do not record derivations (no explanations, a little faster).")
    boolean noDerivations;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Graph input = read(ontology);
        for (Path file : data) {
            read(file).find().forEachRemaining(input::add);
        }
        RuleSet ruleSet = rules.isEmpty() ? RuleSet.owl2rl() : RuleSet.owl2rl().with(RuleSet.load(rules.toArray(Path[]::new)));
        Materialiser.Settings settings = Materialiser.Settings.DEFAULTS.withThreads(threads)
                .withRecordDerivations(!noDerivations);
        Materialisation result = new Materialiser(ruleSet, settings).materialise(input);
        PrintWriter w = spec.commandLine().getOut();
        Materialisation.Stats s = result.stats();
        w.printf("asserted=%d inferred=%d closure=%d auxiliary=%d rounds=%d materialise_s=%.3f triples_per_s=%d%n",
                s.asserted(), s.inferred(), s.closure(), s.auxiliary(), s.rounds(), s.seconds(),
                Math.round(s.asserted() / s.seconds()));
        if (out != null) {
            write(result.inferred(), out);
            w.println("wrote " + out);
        }
        if (!result.isConsistent()) {
            List<Problem> problems = new ArrayList<>();
            for (Clash clash : result.clashes()) {
                problems.add(clash.toProblem(t -> List.of(), input.getPrefixMapping().numPrefixes() > 0
                        ? input.getPrefixMapping() : PrefixMapping.Standard));
            }
            throw new SikgException(problems);
        }
        return Main.EXIT_OK;
    }

    private static Graph read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SikgException(ErrorCode.CLI_FILE_NOT_FOUND, file.toString(), "no such file");
        }
        try {
            return RDFDataMgr.loadGraph(file.toString());
        } catch (RiotException e) {
            throw new SikgException(ErrorCode.IO_FAILURE, file.toString(), "cannot parse: " + e.getMessage());
        }
    }

    private static void write(Graph graph, Path file) throws IOException {
        Lang lang = RDFLanguages.filenameToLang(file.toString().replaceFirst("\\.gz$", ""), Lang.TURTLE);
        try (OutputStream os = file.toString().endsWith(".gz")
                ? new java.util.zip.GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
            RDFDataMgr.write(os, graph, lang);
        }
    }
}
