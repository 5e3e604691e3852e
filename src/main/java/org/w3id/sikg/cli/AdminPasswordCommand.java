package org.w3id.sikg.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;
import org.w3id.sikg.server.PasswordHash;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sikg admin-password NAME}: a line for the admin password file of {@code sikg serve}. */
@Command(name = "admin-password", mixinStandardHelpOptions = true,
        description = {"Print a line for the file given to `sikg serve --admin-password-file`: NAME and a PBKDF2 "
            + "hash of a password read from the terminal (asked twice) or, with --password-stdin, from the first "
            + "line of standard input.", "Example: sikg admin-password alice >> admins.txt"})
final class AdminPasswordCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "the administrator's user name")
    String name;

    @Option(names = "--password-stdin", description = "read the password from standard input (for scripts)")
    boolean fromStdin;

    @Override
    public Integer call() throws IOException {
        if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new SikgException(ErrorCode.CLI_USAGE, "NAME", "'" + name
                    + "' is not a valid name: use letters, digits and . _ @ - (at most 64)");
        }
        char[] password = fromStdin ? fromStdin() : fromConsole();
        try {
            if (password.length < 12) {
                throw new SikgException(ErrorCode.CLI_USAGE, "password", "the password is shorter than 12 characters");
            }
            spec.commandLine().getOut().println(name + ": " + PasswordHash.create(password));
            spec.commandLine().getOut().flush();
        } finally {
            Arrays.fill(password, '\0');
        }
        return Main.EXIT_OK;
    }

    private static char[] fromStdin() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        return line == null ? new char[0] : line.toCharArray();
    }

    private static char[] fromConsole() {
        Console console = System.console();
        if (console == null) {
            throw new SikgException(ErrorCode.CLI_USAGE, "terminal", "no terminal to ask the password on; "
                    + "use --password-stdin");
        }
        char[] first = console.readPassword("Password for the administrator: ");
        char[] second = console.readPassword("Again: ");
        if (first == null || !Arrays.equals(first, second)) {
            throw new SikgException(ErrorCode.CLI_USAGE, "terminal", "the two passwords differ");
        }
        Arrays.fill(second, '\0');
        return first;
    }
}
