package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AdminPasswordCommandTest {

    @Test
    void printsAPasswordFileLine() {
        MainTest.Result r = withStdin("a long enough passphrase\n", "admin-password", "alice", "--password-stdin");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).matches("alice: PBKDF2:sha256:310000:[A-Za-z0-9+/=]{24}:[A-Za-z0-9+/=]{44}");
    }

    @Test
    void refusesShortPasswordsAndOddNames() {
        assertThat(withStdin("short\n", "admin-password", "alice", "--password-stdin").err()).contains("12");
        assertThat(withStdin("a long enough passphrase\n", "admin-password", "al:ice", "--password-stdin").exit())
                .isEqualTo(Main.EXIT_USER_ERROR);
    }

    private static MainTest.Result withStdin(String input, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return MainTest.run(args);
        } finally {
            System.setIn(saved);
        }
    }
}
