package org.w3id.sikg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The competency questions the article workload sends over HTTP: {@code queries/cq/*.rq} (issue 5), read from the
 * jar the server runs from ({@code sikg/queries/cq/} inside it), or from a directory. Sorted by file name.
 */
public final class CompetencyQuestions {

    /** Where the build embeds the questions in the jar. */
    public static final String JAR_DIR = "sikg/queries/cq/";

    /**
     * One question.
     *
     * @param name the file name, e.g. {@code cq01-spokes.rq}
     * @param sparql the query text
     */
    public record Cq(String name, String sparql) {
    }

    private CompetencyQuestions() {
    }

    /** The questions embedded in a jar (empty if it has none). */
    public static List<Cq> fromJar(Path jar) throws IOException {
        return fromJar(jar, JAR_DIR);
    }

    /** The {@code .rq} files directly under {@code dir} (e.g. {@code sikg/queries/analysis/}) in a jar. */
    public static List<Cq> fromJar(Path jar, String dir) throws IOException {
        List<Cq> out = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = zip.stream()
                    .filter(e -> e.getName().startsWith(dir) && e.getName().endsWith(".rq")
                            && e.getName().indexOf('/', dir.length()) < 0)
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry e : entries) {
                try (InputStream in = zip.getInputStream(e)) {
                    out.add(new Cq(e.getName().substring(dir.length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return out;
    }

    /**
     * The {@code .rq} files under {@code dir} (e.g. {@code sikg/queries/analysis/}) in the jar or class directory
     * this code runs from.
     */
    public static List<Cq> fromOwnClasspath(String dir) throws IOException {
        Path here;
        try {
            here = Path.of(CompetencyQuestions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return Files.isDirectory(here) ? fromDir(here.resolve(dir)) : fromJar(here, dir);
    }

    /** The {@code *.rq} files of a directory (empty if it does not exist). */
    public static List<Cq> fromDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Cq> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                out.add(new Cq(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        return out;
    }
}
