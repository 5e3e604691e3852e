package org.w3id.sikg.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The competency questions shown as examples in the SPARQL editor: every {@code *.rq} file of a directory, or of the
 * jar's {@code sikg/queries/cq/} (where the build puts {@code queries/cq/}), read when asked so new files show up.
 * Each file's question (its first header comment line, with the lines that continue it) is its title.
 */
final class ExampleQueries {

    static final String CLASSPATH_DIR = "sikg/queries/cq/";
    private static final Pattern NAME = Pattern.compile("^([A-Za-z]+[0-9]+)");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s{2,}\\S");
    private static final Pattern TITLE_PREFIX = Pattern.compile(
            "^(?i)(cq\\s*[0-9]+\\s*[:.\\-–—]?\\s*)?((competency\\s+)?question\\s*[:.\\-–—]\\s*)?");

    /**
     * @param name the short name, e.g. "cq01"
     * @param title the question, from the header comment
     * @param file the file name
     * @param query the query text
     */
    record Example(String name, String title, String file, String query) {
    }

    private final Optional<Path> directory;
    private final ClassLoader classLoader;

    /** @param directory where the files are, or empty for the jar's {@value #CLASSPATH_DIR} */
    ExampleQueries(Optional<Path> directory) {
        this(directory, ExampleQueries.class.getClassLoader());
    }

    /** @param classLoader where to look for {@value #CLASSPATH_DIR} when no directory is given */
    ExampleQueries(Optional<Path> directory, ClassLoader classLoader) {
        this.directory = directory;
        this.classLoader = classLoader;
    }

    List<Example> list() {
        if (directory.isPresent()) {
            return read(directory.get());
        }
        URL url = classLoader.getResource(CLASSPATH_DIR);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                return inJar(uri);
            }
            return read(Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + url, e);
        }
    }

    /** Reads inside a jar; synchronised because a jar's zip file system can be open only once at a time. */
    private static synchronized List<Example> inJar(URI uri) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
            return read(fs.provider().getPath(uri));
        } catch (FileSystemAlreadyExistsException e) {
            return read(FileSystems.getFileSystem(uri).provider().getPath(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Example> read(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Example> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(example(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Example example(String file, String text) {
        String stem = file.substring(0, file.length() - ".rq".length());
        Matcher m = NAME.matcher(stem);
        String name = m.find() ? m.group(1) : stem;
        return new Example(name, title(text, stem), file, text);
    }

    /**
     * The question of a file's header: its first non-empty comment line, without a leading "cqNN:" or "Question:",
     * joined with the comment lines that continue it (indented by two or more spaces after the {@code #}, as
     * {@code queries/cq/} wraps long questions); the file stem if there is none.
     */
    static String title(String text, String fallback) {
        StringBuilder title = null;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.startsWith("#")) {
                if (title != null || !t.isEmpty()) {
                    break;
                }
                continue;
            }
            String comment = t.replaceFirst("^#+", "");
            if (title != null) {
                if (!CONTINUATION.matcher(comment).lookingAt() || comment.isBlank()) {
                    break;
                }
                title.append(' ').append(comment.strip());
                continue;
            }
            String c = TITLE_PREFIX.matcher(comment.strip()).replaceFirst("").strip();
            if (!c.isEmpty()) {
                title = new StringBuilder(c);
            }
        }
        return title == null ? fallback : title.toString();
    }

    /** The example whose file is named {@code file}, if any. */
    Optional<Example> byFile(String file) {
        return list().stream().filter(e -> e.file().equals(file)).findFirst();
    }
}
