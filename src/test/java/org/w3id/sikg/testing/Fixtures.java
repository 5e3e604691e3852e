package org.w3id.sikg.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.w3id.sikg.load.Sources;

/**
 * Test fixtures of the loader (under {@code src/test/resources/load/}): the test ontology, the {@code basic} data,
 * and negative cases that overlay a few files on them.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A test resource folder as a path. */
    public static Path resource(String name) {
        URL url = Fixtures.class.getResource(name.startsWith("/") ? name : "/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no test resource " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The test ontology with the basic data, read in place. */
    public static Sources basic() {
        return new Sources(resource("load/ontology"), resource("load/basic/data"));
    }

    /**
     * Copies the test ontology and the basic data to {@code root/ontology} and {@code root/data}, then the files of
     * {@code overlay} (a resource folder with {@code ontology/} and/or {@code data/}; may be null) over them.
     */
    public static Sources copy(Path root, String overlay) {
        copyTree(resource("load/ontology"), root.resolve("ontology"));
        copyTree(resource("load/basic/data"), root.resolve("data"));
        if (overlay != null) {
            copyTree(resource(overlay), root);
        }
        return new Sources(root.resolve("ontology"), root.resolve("data"));
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
