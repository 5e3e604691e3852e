package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.load.Sources;
import org.w3id.sikg.reason.ExplanationRendering;
import org.w3id.sikg.reason.ExplanationText;
import org.w3id.sikg.reason.Explanations;
import org.w3id.sikg.reason.FactSources.FactSource;
import org.w3id.sikg.reason.OntologyRules;
import org.w3id.sikg.vocab.Prefixes;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sikg explain S P O}: why an inferred statement holds, down to the asserted facts with their data file and
 * line and article sections. The store's asserted graphs are materialised again with derivations (the store keeps
 * only the conclusions). See docs/reasoning.md.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain why an inferred statement holds: the rule, its premises, down to asserted facts with "
            + "their fact graph, data file:line and article sections.",
            "Terms: IRIs (<...> or in full), prefixed names with SIKG's prefixes (sikg:, sikgid:, rdf:, owl:, ...), "
                + "'a' for rdf:type, literals for the object (\"70\"^^xsd:decimal, 70).",
            "Exit 1 with REASON-003 when the statement is asserted (where it is), REASON-004 when it does not hold."})
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "S", description = "subject")
    String subject;

    @Parameters(index = "1", paramLabel = "P", description = "predicate")
    String predicate;

    @Parameters(index = "2", paramLabel = "O", description = "object")
    String object;

    @Option(names = "--format", paramLabel = "FORMAT", converter = RenderingConverter.class,
            description = "text, json or turtle (PROV-O) (default: text)")
    ExplanationRendering format = ExplanationRendering.TEXT;

    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store (default: ${DEFAULT-VALUE})")
    Path store = Path.of("store");

    @Option(names = "--ontology", paramLabel = "DIR", description = "ontology directory whose rules/ the store was "
            + "loaded with (default: ./ontology when it exists, else the copy embedded in the jar)")
    Path ontology;

    @Override
    public Integer call() {
        Triple triple = triple();
        DatasetGraph dataset = StoreOpener.open(store);
        Explanations explanations = Explanations.of(dataset, OntologyRules.of(Sources.resolve(ontology, null)
                .ontologyDir()));
        Explanations.Answer answer = explanations.explain(triple);
        String what = ExplanationText.triple(triple, Prefixes.prefixMapping());
        if (answer instanceof Explanations.Inferred inferred) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(format.render(inferred.explanation(), Prefixes.prefixMapping()));
            out.flush();
            return Main.EXIT_OK;
        }
        if (answer instanceof Explanations.Asserted asserted) {
            throw new SikgException(Problem.of(ErrorCode.REASON_ASSERTED, asserted.sources().get(0).fileLine(), 0,
                    what + " is asserted, not inferred: " + asserted.sources().stream()
                            .map(s -> s.describe() + (s.dataFile() == null ? "" : " in " + s.graph()))
                            .collect(Collectors.joining("; "))));
        }
        boolean stale = ((Explanations.Absent) answer).storedAsInferred();
        throw new SikgException(Problem.of(ErrorCode.REASON_NOT_HELD, "command line", 0, what + (stale
                ? " is in the store's inferred graph, but the rules no longer derive it: the store is stale (run sikg "
                    + "load)" : " is neither asserted nor inferred")));
    }

    private Triple triple() {
        try {
            return Triple.create(Terms.parse(subject, false), Terms.parse(predicate, false), Terms.parse(object, true));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Case-insensitive rendering names. */
    static final class RenderingConverter implements CommandLine.ITypeConverter<ExplanationRendering> {
        @Override
        public ExplanationRendering convert(String value) {
            return ExplanationRendering.named(value).orElseThrow(() -> new CommandLine.TypeConversionException(
                    "unknown format '" + value + "'; use text, json or turtle"));
        }
    }
}
