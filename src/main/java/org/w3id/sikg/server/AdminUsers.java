package org.w3id.sikg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;

/**
 * The administrators of a server, read from a password file: one {@code name: PBKDF2:...} line per administrator
 * (Jetty's realm-file layout), {@code #} comments and blank lines allowed. Every entry must be a PBKDF2 hash.
 */
final class AdminUsers {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final Map<String, PasswordHash> users;

    private AdminUsers(Map<String, PasswordHash> users) {
        this.users = users;
    }

    Map<String, PasswordHash> users() {
        return users;
    }

    /**
     * Reads and checks the file, reporting every bad line at once.
     *
     * @throws SikgException SERVER-002 if the file is unreadable, empty or has a bad entry
     */
    static AdminUsers read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.SERVER_PASSWORD_FILE, file.toString(), 0,
                    "cannot read the admin password file: " + e.getMessage()), e);
        }
        Map<String, PasswordHash> users = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                parseLine(line, file.toString(), i + 1, users, problems);
            }
        }
        if (problems.isEmpty() && users.isEmpty()) {
            problems.add(Problem.of(ErrorCode.SERVER_PASSWORD_FILE, file.toString(), 0,
                    "no administrator in the file"));
        }
        if (!problems.isEmpty()) {
            throw new SikgException(problems);
        }
        return new AdminUsers(users);
    }

    private static void parseLine(String line, String source, int lineNo, Map<String, PasswordHash> users,
            List<Problem> problems) {
        int colon = line.indexOf(':');
        String name = colon < 0 ? line : line.substring(0, colon).strip();
        if (colon < 0 || !NAME.matcher(name).matches()) {
            problems.add(Problem.of(ErrorCode.SERVER_PASSWORD_FILE, source, lineNo,
                    "expected `name: PBKDF2:...` with a name of letters, digits and . _ @ -"));
            return;
        }
        String credential = line.substring(colon + 1).strip();
        int comma = credential.indexOf(',');
        if (comma >= 0) {
            credential = credential.substring(0, comma).strip();
        }
        try {
            if (users.put(name, PasswordHash.parse(credential)) != null) {
                problems.add(Problem.of(ErrorCode.SERVER_PASSWORD_FILE, source, lineNo, "administrator '" + name
                        + "' is listed twice"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(Problem.of(ErrorCode.SERVER_PASSWORD_FILE, source, lineNo, "the entry of '" + name + "' is "
                    + e.getMessage()));
        }
    }
}
