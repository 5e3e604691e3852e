package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class MainTest {

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Usage: sikg").contains("Commands:").contains("help");
    }

    @Test
    void unknownOptionIsAUsageErrorWithAStableCode() {
        Result r = run("--no-such-option");
        assertThat(r.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(r.err()).contains("CLI-001").contains("--no-such-option").contains("docs/errors.md#cli-001");
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void aNamedSubcommandIsSetUpAloneAndEverythingElseSeesAllOfThem() {
        assertThat(Main.subcommandsFor("load")).containsExactly(LoadCommand.class);
        assertThat(Main.subcommandsFor("help")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor("lod")).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(null)).isEqualTo(Main.SUBCOMMANDS);
        Result help = run("--help");
        for (String command : new String[] {"validate", "load", "export", "serve", "query", "reason", "explain",
            "bench", "admin-password", "import"}) {
            assertThat(help.out()).as(command).containsPattern("(?m)^\\s+" + command + "\\s");
        }
        assertThat(run("help", "load").out()).contains("Usage: sikg load");
        assertThat(run("load", "--help").out()).contains("Usage: sikg load");
        Result typo = run("lod");
        assertThat(typo.exit()).isEqualTo(Main.EXIT_USAGE);
        assertThat(typo.err()).contains("CLI-001").contains("lod");
    }

    @Test
    void versionIsStampedByTheBuild() {
        Result r = run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("sikg ").doesNotContain("${").doesNotContain("unknown");
    }

    private static CommandLine commands() {
        return Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, null);
    }

    @Test
    void theReadmesCommandTableListsEveryCommand() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> rows = readme.lines().filter(l -> l.startsWith("| `")).toList();
        for (String name : commands().getSubcommands().keySet()) {
            if (!name.equals("help")) {
                assertThat(rows).as("README command table lists `" + name + "`")
                        .anyMatch(row -> row.contains("`" + name + "`") || row.contains("`" + name + " "));
            }
        }
    }

    @Test
    void everyCommandThatReadsOrWritesTheStoreTakesStoreWithTheDocumentedDefault() {
        for (String command : List.of("load", "serve", "query", "explain", "export", "import cow", "import atop")) {
            CommandLine c = commands();
            for (String part : command.split(" ")) {
                c = c.getSubcommands().get(part);
            }
            CommandLine.Model.OptionSpec store = c.getCommandSpec().findOption("--store");
            assertThat(store).as(command + " --store").isNotNull();
            Object byDefault = store.defaultValue() != null ? store.defaultValue() : store.initialValue();
            assertThat(String.valueOf(byDefault)).as(command + " --store default").isEqualTo("store");
        }
    }
}
