package org.w3id.sikg.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Admin password files for tests, hashed with the fewest iterations the server accepts (so checks cost less). */
public final class AdminFiles {

    private AdminFiles() {
    }

    /** Writes {@code file} with one administrator and returns it. */
    public static Path write(Path file, String user, String password) throws IOException {
        Files.writeString(file, user + ": " + PasswordHash.create(password.toCharArray(), PasswordHash.MIN_ITERATIONS)
                + "\n");
        return file;
    }
}
