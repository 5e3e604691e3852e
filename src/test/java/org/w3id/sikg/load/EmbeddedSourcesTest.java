package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.sikg.testing.Fixtures;
import org.w3id.sikg.testing.RdfAssert;

/** Sources inside a jar (as the embedded default data are) load exactly like the same files on disk. */
class EmbeddedSourcesTest {

    @Test
    void sourcesInAJarFileSystemLoadLikeFiles(@TempDir Path tmp) throws Exception {
        URI jar = URI.create("jar:" + tmp.resolve("sikg.jar").toUri());
        try (FileSystem fs = FileSystems.newFileSystem(jar, Map.of("create", "true"))) {
            Fixtures.copyTree(Fixtures.resource("load/ontology"), fs.getPath("/sikg/ontology"));
            Fixtures.copyTree(Fixtures.resource("load/basic/data"), fs.getPath("/sikg/data"));
            Sources inJar = new Sources(fs.getPath("/sikg/ontology"), fs.getPath("/sikg/data"));
            Pipeline.Build build = Pipeline.build(inJar, List.of());
            assertThat(build.problems().errors()).isEmpty();
            assertThat(build.problems().warnings().get(0).source()).isEqualTo("classpath:sikg/data/states.csv");
            RdfAssert.assertIsomorphic(Fixtures.resource("load/basic/expected.trig"), build.dataset());
        }
    }
}
