package org.w3id.sikg.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The {@code sikg} command line. Each subcommand is a thin class that parses options, calls one operation and sets
 * the exit code; operations never print. Usage: {@code java -jar target/sikg.jar --help}.
 *
 * <p>Exit codes: 0 success, 1 a user error reported as problems with stable codes (see docs/errors.md),
 * 2 bad command-line usage, 3 an internal error (a bug: please report it with the {@code --verbose} output).
 */
@Command(name = "sikg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "SIKG, the Security Institutions Knowledge Graph of the Asia-Pacific security order.",
        footer = {"", "Global option: --verbose prints stack traces of errors.",
            "Errors are explained in docs/errors.md; the README shows the two set-up commands."})
public final class Main implements Runnable {

    /** The subcommands, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(HelpCommand.class, ValidateCommand.class, LoadCommand.class,
            ExportCommand.class, ServeCommand.class, QueryCommand.class, ReasonCommand.class, ExplainCommand.class,
            BenchCommand.class, AdminPasswordCommand.class, ImportCommand.class);

    public static final int EXIT_OK = 0;
    public static final int EXIT_USER_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_INTERNAL = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (used by tests instead of {@link #main}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
        CommandLine cli = commandLine(out, err, verbose, rest.length == 0 ? null : rest[0]);
        return cli.execute(rest);
    }

    /**
     * The command line for arguments starting with {@code first} (null: none). Picocli reads every option of every
     * command it is given, which was a tenth of a second or more of each start; when {@code first} names a
     * subcommand (other than {@code help}), only that one is set up, else all of them (help, suggestions).
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean verbose, String first) {
        CommandLine cli = new CommandLine(new Main());
        subcommandsFor(first).forEach(cli::addSubcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args) -> {
            Problem p = Problem.of(ErrorCode.CLI_USAGE, "command line", 0, ex.getMessage());
            err.println(p.format());
            err.println("Usage: " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err, verbose));
        return cli;
    }

    /** The one subcommand {@code first} names, or every subcommand. */
    static List<Class<?>> subcommandsFor(String first) {
        if (first == null) {
            return SUBCOMMANDS;
        }
        for (Class<?> c : SUBCOMMANDS) {
            Command command = c.getAnnotation(Command.class);
            if (c != HelpCommand.class && (command.name().equals(first) || List.of(command.aliases()).contains(first))) {
                return List.of(c);
            }
        }
        return SUBCOMMANDS;
    }

    static int handle(Exception ex, PrintWriter err, boolean verbose) {
        if (ex instanceof SikgException se) {
            se.problems().forEach(p -> err.println(p.format()));
            if (se.problems().size() > 1) {
                err.println(se.problems().size() + " problems.");
            }
            if (verbose) {
                ex.printStackTrace(err);
            }
            return EXIT_USER_ERROR;
        }
        err.println("internal error: " + ex + (verbose ? "" : " (run again with --verbose for details, and report it)"));
        if (verbose) {
            ex.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
