package org.w3id.sikg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.w3id.sikg.load.Enricher;
import org.w3id.sikg.load.Sources;

/**
 * The fingerprint of what a store is built from: SHA-256 over the store format version, the names of the enrichers,
 * every file under the ontology directory, and the {@code .csv}, {@code .json} and {@code .rq} files under the data
 * directory (each as its relative path and content, in path order). A store whose recorded fingerprint differs from
 * the current sources' is stale.
 */
public final class Fingerprint {

    /** Bump when the way sources become quads changes, so that older stores count as stale. */
    static final String FORMAT = "sikg-store-1";
    private static final Set<String> DATA_EXTENSIONS = Set.of(".csv", ".json", ".rq");

    private Fingerprint() {
    }

    /** {@code sha256:<hex>} of the sources and the enrichers' names. */
    public static String of(Sources sources, List<Enricher> enrichers) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        enrichers.forEach(e -> update(digest, "enricher:" + e.name()));
        files(sources.ontologyDir(), p -> true).forEach(p -> add(digest, "ontology/", sources.ontologyDir(), p));
        files(sources.dataDir(), p -> DATA_EXTENSIONS.stream().anyMatch(x -> p.getFileName().toString().endsWith(x)))
                .forEach(p -> add(digest, "data/", sources.dataDir(), p));
        return "sha256:" + HexFormat.of().formatHex(digest.digest());
    }

    private static List<Path> files(Path dir, java.util.function.Predicate<Path> keep) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(keep)
                    .sorted((a, b) -> dir.relativize(a).toString().compareTo(dir.relativize(b).toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(MessageDigest digest, String prefix, Path dir, Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            update(digest, prefix + dir.relativize(file).toString().replace('\\', '/') + "\u0000" + bytes.length);
            digest.update(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
