package org.w3id.sikg.load;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

/**
 * Where the ontology and the data are read from: two directories, on disk or inside the jar (the default copies
 * embedded under {@code sikg/ontology} and {@code sikg/data}).
 *
 * @param ontologyDir the directory holding {@code sikg.ttl} (and {@code shapes.ttl}, {@code catalog-v001.xml}, ...)
 * @param dataDir the directory holding {@code <table>.csv}, {@code <table>.csv-metadata.json} and {@code mapping/}
 */
public record Sources(Path ontologyDir, Path dataDir) {

    private static final Logger LOG = LoggerFactory.getLogger(Sources.class);

    /** Classpath folder of the embedded default ontology. */
    public static final String EMBEDDED_ONTOLOGY = "sikg/ontology";
    /** Classpath folder of the embedded default data. */
    public static final String EMBEDDED_DATA = "sikg/data";
    public static final String ONTOLOGY_FILE = "sikg.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    /**
     * The sources a command uses: each given directory (which must exist); for one not given, {@code ./ontology} or
     * {@code ./data} when the current directory has it (a clone of the repository), else the embedded copy.
     */
    public static Sources resolve(Path ontologyDir, Path dataDir) {
        return new Sources(pick(ontologyDir, "ontology", EMBEDDED_ONTOLOGY), pick(dataDir, "data", EMBEDDED_DATA));
    }

    /** The embedded default ontology and data. */
    public static Sources embedded() {
        return new Sources(embeddedDir(EMBEDDED_ONTOLOGY).orElseThrow(() -> missing(EMBEDDED_ONTOLOGY)),
                embeddedDir(EMBEDDED_DATA).orElseThrow(() -> missing(EMBEDDED_DATA)));
    }

    public Path ontologyFile() {
        return ontologyDir.resolve(ONTOLOGY_FILE);
    }

    public Path shapesFile() {
        return ontologyDir.resolve(SHAPES_FILE);
    }

    /** How a file is named in problems: relative to the current directory when below it, else in full. */
    public static String display(Path file) {
        if (!file.getFileSystem().equals(FileSystems.getDefault())) {
            return "classpath:" + file.toString().replaceFirst("^/", "");
        }
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /** A data file's path as recorded in provenance: {@code data/} plus its path in the data directory. */
    public String dataPath(Path file) {
        return "data/" + dataDir.relativize(file).toString().replace('\\', '/');
    }

    private static Path pick(Path given, String local, String embedded) {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new SikgException(ErrorCode.CLI_FILE_NOT_FOUND, given.toString(), "no such directory");
            }
            return given;
        }
        Path here = Path.of(local);
        if (Files.isDirectory(here)) {
            LOG.info("using ./{} from the current directory", local);
            return here;
        }
        return embeddedDir(embedded).orElseThrow(() -> missing(embedded));
    }

    private static SikgException missing(String embedded) {
        return new SikgException(ErrorCode.CLI_FILE_NOT_FOUND, "classpath:" + embedded,
                "no " + embedded.substring(embedded.indexOf('/') + 1) + " directory given and none embedded in the jar");
    }

    /** The embedded folder as a {@link Path} (in the jar's file system when running from the jar). */
    public static Optional<Path> embeddedDir(String resource) {
        URL url = Sources.class.getClassLoader().getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return Optional.of(jarFileSystem(uri).getPath("/" + resource));
            }
            return Optional.of(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new SikgException(ErrorCode.IO_FAILURE, url.toString(), "cannot open the embedded " + resource
                    + ": " + e.getMessage());
        }
    }

    private static synchronized FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
