package org.w3id.sikg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.w3id.sikg.error.ErrorCode;

/**
 * Reads the data directory: each {@code <table>.csv} with its {@code <table>.csv-metadata.json}, and the mappings
 * {@code mapping/<table>.rq}. Reports files that lack their partner (DATA-006, DATA-008) and a missing sections table.
 */
final class DataDirectory {

    /**
     * The tables found.
     *
     * @param tables the tables whose metadata is usable, by name, in file-name order
     * @param unusable names of tables whose metadata is missing or invalid (references to them are not checked)
     */
    record Contents(Map<String, Table> tables, Set<String> unusable) {
    }

    private DataDirectory() {
    }

    static Contents read(Sources sources, Problems problems) {
        Path dir = sources.dataDir();
        Map<String, Table> tables = new LinkedHashMap<>();
        Set<String> unusable = new TreeSet<>();
        List<Path> csvFiles = list(dir, Conventions.CSV_SUFFIX, problems);
        for (Path csv : csvFiles) {
            String name = stripSuffix(csv, Conventions.CSV_SUFFIX);
            Table table = table(sources, name, csv, problems);
            if (table == null) {
                unusable.add(name);
            } else {
                tables.put(name, table);
            }
        }
        Set<String> names = new TreeSet<>(tables.keySet());
        names.addAll(unusable);
        orphans(list(dir, Conventions.METADATA_SUFFIX, problems), Conventions.METADATA_SUFFIX, names,
                ErrorCode.DATA_METADATA, problems);
        orphans(list(dir.resolve(Conventions.MAPPING_DIR), Conventions.MAPPING_SUFFIX, problems),
                Conventions.MAPPING_SUFFIX, names, ErrorCode.DATA_MAPPING, problems);
        if (!names.contains(Conventions.SECTIONS_TABLE)) {
            problems.error(ErrorCode.DATA_METADATA, Sources.display(dir), 0, 0, "there is no "
                    + Conventions.SECTIONS_TABLE + ".csv describing the sections of the source document",
                    "add the sections table; every row's section column refers to it");
        }
        return new Contents(tables, unusable);
    }

    /** The mapping text of a table, or null when it is missing (reported). */
    static String mappingText(Sources sources, Table table, Problems problems) {
        Path file = Table.mappingPath(sources.dataDir(), table.name());
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(ErrorCode.DATA_MAPPING, Sources.display(file), 0, 0, "table " + table.name()
                    + " has no mapping (or it cannot be read)", "write a SPARQL CONSTRUCT mapping for the table");
            return null;
        }
    }

    private static Table table(Sources sources, String name, Path csv, Problems problems) {
        String display = Sources.display(csv);
        Path metaFile = csv.resolveSibling(name + Conventions.METADATA_SUFFIX);
        String metaDisplay = Sources.display(metaFile);
        CsvData data = CsvReader.read(name, csv, display, problems);
        if (!Conventions.ID_PATTERN.matcher(name).matches()) {
            problems.error(ErrorCode.DATA_METADATA, display, 0, 0, "table name \"" + name
                    + "\" is not allowed: lower-case letters and digits separated by hyphens", "rename the file");
            return null;
        }
        if (!Files.isRegularFile(metaFile)) {
            problems.error(ErrorCode.DATA_METADATA, metaDisplay, 0, 0, "table " + name + " has no CSVW metadata file",
                    "write " + name + Conventions.METADATA_SUFFIX + " describing its columns");
            return null;
        }
        TableSchema schema = CsvwParser.parse(name, metaFile, metaDisplay, problems);
        if (schema == null) {
            return null;
        }
        return new Table(name, display, sources.dataPath(csv), metaDisplay, schema, data);
    }

    private static void orphans(List<Path> files, String suffix, Set<String> tables, ErrorCode code,
            Problems problems) {
        for (Path f : files) {
            String name = stripSuffix(f, suffix);
            if (!tables.contains(name)) {
                problems.error(code, Sources.display(f), 0, 0, "there is no table " + name + ".csv for this file"
                        + Suggestions.closest(name, tables).map(s -> " (did you mean " + s + "?)").orElse(""),
                        "rename or remove the file");
            }
        }
    }

    private static List<Path> list(Path dir, String suffix, Problems problems) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            problems.error(ErrorCode.IO_FAILURE, Sources.display(dir), 0, 0, "cannot list the directory: "
                    + e.getMessage(), null);
        }
        return files;
    }

    private static String stripSuffix(Path file, String suffix) {
        String n = file.getFileName().toString();
        return n.substring(0, n.length() - suffix.length());
    }
}
