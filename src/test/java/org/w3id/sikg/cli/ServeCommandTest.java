package org.w3id.sikg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.query.KgFixture;

/** {@code sikg serve} refuses bad settings, a missing store and a busy port with clear messages (no stack traces). */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : new String[][] {{"serve", "--port", "-5"}, {"serve", "--port", "70000"},
            {"serve", "--timeout", "0"}, {"serve", "--timeout", "60", "--max-timeout", "10"},
            {"serve", "--max-rows", "0"}, {"serve", "--no-such-option"}, {"serve", "--port", "http"},
            {"serve", "--service-allow", "::not a uri::"}}) {
            MainTest.Result r = MainTest.run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Main.EXIT_USAGE);
            assertThat(r.err()).as(String.join(" ", args)).contains("CLI-001").doesNotContain("Exception:");
        }
    }

    @Test
    void aBadPasswordFileIsReportedByLine() throws IOException {
        Path store = dir.resolve("store");
        TDBInternal.expel(KgFixture.diskStore(store));
        Path file = dir.resolve("admins.txt");
        Files.writeString(file, "alice: plaintext\n");
        MainTest.Result r = MainTest.run("serve", "--port", "0", "--store", store.toString(),
                "--admin-password-file", file.toString());
        assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
        assertThat(r.err()).contains(file + ":1: SERVER-002");
    }

    @Test
    void aBusyPortIsAClearError() throws IOException {
        Path store = dir.resolve("store");
        TDBInternal.expel(KgFixture.diskStore(store));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            MainTest.Result r = MainTest.run("serve", "--port", String.valueOf(busy.getLocalPort()), "--store",
                    store.toString());
            assertThat(r.exit()).isEqualTo(Main.EXIT_USER_ERROR);
            assertThat(r.err()).contains("SERVER-001").contains(String.valueOf(busy.getLocalPort()));
        }
    }
}
