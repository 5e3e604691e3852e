package org.w3id.sikg.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every error code is documented under its own heading in docs/errors.md, and codes are unique. */
class ErrorCodeDocsTest {

    @Test
    void everyCodeHasASectionInTheDocs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/errors.md"));
        Set<String> headings = new HashSet<>();
        lines.stream().filter(l -> l.startsWith("## ")).forEach(l -> headings.add(l.substring(3).trim()));
        List<String> missing = Arrays.stream(ErrorCode.values()).map(ErrorCode::code)
                .filter(c -> !headings.contains(c)).toList();
        assertThat(missing).as("codes without a '## CODE' section in docs/errors.md").isEmpty();
    }

    @Test
    void codesAreUnique() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode c : ErrorCode.values()) {
            assertThat(seen.add(c.code())).as("duplicate code " + c.code()).isTrue();
        }
    }

    @Test
    void problemFormatNamesLocationCodeAndAnchor() {
        Problem p = new Problem(ErrorCode.IO_FAILURE, "data/x.csv", 12, 3, "cannot read", null);
        assertThat(p.format()).isEqualTo(
                "data/x.csv:12:3: IO-001 cannot read (hint: " + ErrorCode.IO_FAILURE.hint() + "; see docs/errors.md#io-001)");
    }
}
