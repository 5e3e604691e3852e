package org.w3id.sikg.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.w3id.sikg.error.ErrorCode;

/**
 * Reads a W3C CSVW table description ({@code <table>.csv-metadata.json}) with Jena's JSON parser into a
 * {@link TableSchema}. Only the subset of CSVW that SIKG uses is accepted (see docs/loading.md); any other key is
 * reported, so a typo such as {@code "requried"} cannot silently switch a check off. Every problem is a
 * {@code DATA-006} located at the line of the offending column, when it can be found.
 */
final class CsvwParser {

    private static final Set<String> TABLE_KEYS = Set.of("@context", "@id", "@type", "url", "tableSchema", "notes");
    private static final Set<String> SCHEMA_KEYS = Set.of("@id", "@type", "columns", "primaryKey", "foreignKeys");
    private static final Set<String> COLUMN_KEYS = Set.of("@id", "@type", "name", "titles", "datatype", "required",
            "separator", "lang");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final String table;
    private final String display;
    private final String text;
    private final Problems problems;

    private CsvwParser(String table, String display, String text, Problems problems) {
        this.table = table;
        this.display = display;
        this.text = text;
        this.problems = problems;
    }

    /** The schema, or null when the file is unusable (the problems say why). */
    static TableSchema parse(String table, Path file, String display, Problems problems) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.error(ErrorCode.DATA_METADATA, display, 0, 0, "cannot read the metadata file: " + e.getMessage(),
                    "every <table>.csv needs a <table>.csv-metadata.json next to it");
            return null;
        }
        return new CsvwParser(table, display, text, problems).parseText();
    }

    private TableSchema parseText() {
        JsonValue json;
        try {
            json = JSON.parseAny(text);
        } catch (JsonParseException e) {
            problems.error(ErrorCode.DATA_METADATA, display, e.getLine(), e.getColumn(),
                    "not valid JSON: " + e.getMessage(), "check brackets, commas and quotes");
            return null;
        } catch (JsonException e) {
            problems.error(ErrorCode.DATA_METADATA, display, 0, 0, "not valid JSON: " + e.getMessage(), null);
            return null;
        }
        if (!json.isObject()) {
            return fail("the metadata must be a JSON object", null);
        }
        int before = problems.errors().size();
        TableSchema schema = table(json.getAsObject());
        return problems.errors().size() == before ? schema : null;
    }

    private TableSchema table(JsonObject obj) {
        checkKeys(obj, TABLE_KEYS, "the table description", null);
        String url = string(obj, "url", null);
        if (!(table + ".csv").equals(url)) {
            error("\"url\" is " + (url == null ? "missing" : "\"" + url + "\"") + " but must be \"" + table + ".csv\"",
                    key("url"));
        }
        JsonValue schema = obj.get("tableSchema");
        if (schema == null || !schema.isObject()) {
            return fail("\"tableSchema\" must be an object with \"columns\"", null);
        }
        JsonObject s = schema.getAsObject();
        checkKeys(s, SCHEMA_KEYS, "tableSchema", null);
        List<ColumnSpec> columns = columns(s.get("columns"));
        checkPrimaryKey(s.get("primaryKey"));
        List<ForeignKey> fks = foreignKeys(s.get("foreignKeys"));
        return new TableSchema(table, columns, fks);
    }

    private List<ColumnSpec> columns(JsonValue value) {
        List<ColumnSpec> columns = new ArrayList<>();
        if (value == null || !value.isArray() || value.getAsArray().isEmpty()) {
            fail("\"columns\" must be a non-empty array of column descriptions", key("columns"));
            return columns;
        }
        for (JsonValue v : value.getAsArray()) {
            ColumnSpec c = v.isObject() ? column(v.getAsObject()) : fail("each column must be a JSON object", null);
            if (c != null) {
                columns.add(c);
            }
        }
        return columns;
    }

    private ColumnSpec column(JsonObject obj) {
        String name = string(obj, "name", null);
        if (name == null || !NAME.matcher(name).matches()) {
            return fail("column name " + (name == null ? "missing" : "\"" + name + "\" is not allowed")
                    + ": names start with a letter and contain only letters, digits and _ (they are SPARQL variables)",
                    name == null ? null : quoted(name));
        }
        String where = "column " + name;
        checkKeys(obj, COLUMN_KEYS, where, name);
        CellType type = new DatatypeParser(where, columnError(name)).parse(obj.get("datatype"));
        boolean required = bool(obj, "required", name);
        String separator = string(obj, "separator", name);
        String lang = string(obj, "lang", name);
        if (separator != null && separator.isEmpty()) {
            error(where + ": \"separator\" must not be empty", quoted(name));
        }
        return type == null ? null : new ColumnSpec(name, type, required, separator, lang);
    }

    private DatatypeParser.Errors columnError(String name) {
        return message -> error(message, quoted(name));
    }

    private void checkPrimaryKey(JsonValue pk) {
        if (pk == null) {
            return;
        }
        String single = pk.isString() ? pk.getAsString().value()
                : pk.isArray() && pk.getAsArray().size() == 1 && pk.getAsArray().get(0).isString()
                        ? pk.getAsArray().get(0).getAsString().value() : null;
        if (!Conventions.ID.equals(single)) {
            error("\"primaryKey\" must be \"id\": every table is keyed by its id column", key("primaryKey"));
        }
    }

    private List<ForeignKey> foreignKeys(JsonValue value) {
        List<ForeignKey> fks = new ArrayList<>();
        if (value == null) {
            return fks;
        }
        if (!value.isArray()) {
            fail("\"foreignKeys\" must be an array", key("foreignKeys"));
            return fks;
        }
        for (JsonValue v : value.getAsArray()) {
            ForeignKey fk = v.isObject() ? foreignKey(v.getAsObject()) : fail("each foreign key must be an object", null);
            if (fk != null) {
                fks.add(fk);
            }
        }
        return fks;
    }

    private ForeignKey foreignKey(JsonObject obj) {
        String column = singleColumn(obj.get("columnReference"));
        JsonValue ref = obj.get("reference");
        String resource = ref != null && ref.isObject() ? string(ref.getAsObject(), "resource", null) : null;
        String target = ref != null && ref.isObject() ? singleColumn(ref.getAsObject().get("columnReference")) : null;
        if (column == null || resource == null || target == null || !resource.endsWith(".csv")) {
            return fail("a foreign key needs \"columnReference\" (one column) and \"reference\": {\"resource\": "
                    + "\"<table>.csv\", \"columnReference\": \"<column>\"}",
                    column == null ? key("foreignKeys") : "\"columnReference\"\\s*:\\s*" + Pattern.quote("\"" + column + "\""));
        }
        return new ForeignKey(column, resource.substring(0, resource.length() - ".csv".length()), target);
    }

    private static String singleColumn(JsonValue v) {
        if (v != null && v.isString()) {
            return v.getAsString().value();
        }
        if (v != null && v.isArray() && v.getAsArray().size() == 1 && v.getAsArray().get(0).isString()) {
            return v.getAsArray().get(0).getAsString().value();
        }
        return null;
    }

    private void checkKeys(JsonObject obj, Set<String> allowed, String where, String column) {
        Set<String> unknown = new TreeSet<>();
        for (String key : obj.keys()) {
            if (!allowed.contains(key) && !key.contains(":")) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            error(where + ": unsupported key(s) " + unknown + "; supported: " + new TreeSet<>(allowed)
                    + " and prefixed annotations such as dc:description", column == null ? null : quoted(column));
        }
    }

    private String string(JsonObject obj, String key, String column) {
        JsonValue v = obj.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            error("\"" + key + "\" must be a string", column == null ? null : quoted(column));
            return null;
        }
        return v.getAsString().value();
    }

    private boolean bool(JsonObject obj, String key, String column) {
        JsonValue v = obj.get(key);
        if (v != null && !v.isBoolean()) {
            error("column " + column + ": \"" + key + "\" must be true or false", quoted(column));
            return false;
        }
        return v != null && v.getAsBoolean().value();
    }

    /** A pattern finding the column's {@code "name": "..."} entry. */
    private static String quoted(String column) {
        return "\"name\"\\s*:\\s*" + Pattern.quote("\"" + column + "\"");
    }

    /** A pattern finding a key. */
    private static String key(String key) {
        return Pattern.quote("\"" + key + "\"");
    }

    private <T> T fail(String message, String near) {
        error(message, near);
        return null;
    }

    /** Reports a DATA-006 problem at the first line matching {@code near} (a regular expression), if given. */
    private void error(String message, String near) {
        problems.error(ErrorCode.DATA_METADATA, display, near == null ? 0 : lineOf(near), 0, message, null);
    }

    private long lineOf(String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            return 0;
        }
        return text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1;
    }
}
