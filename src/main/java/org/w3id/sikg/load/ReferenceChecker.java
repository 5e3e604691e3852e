package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.w3id.sikg.error.ErrorCode;

/**
 * Checks the references between tables. First the declarations (DATA-006): every foreign key names an existing
 * table and column, every table's {@code section} column refers to the sections table and a {@code cited_source}
 * column is a foreign key. Then the values (DATA-003, with a "did you mean" hint): every value of a foreign-key
 * column is a value of the referenced column; its row's IRI is bound to {@code ?<column>_iri}.
 */
final class ReferenceChecker {

    private final Map<String, Table> tables;
    private final Set<String> unusable;
    private final Problems problems;
    private final Map<String, Map<String, String>> indexes = new HashMap<>();

    /** @param unusable tables whose metadata is broken: references to them are not checked */
    ReferenceChecker(Map<String, Table> tables, Set<String> unusable, Problems problems) {
        this.tables = tables;
        this.unusable = unusable;
        this.problems = problems;
    }

    /** Reports broken foreign-key declarations and missing conventions; returns the usable foreign keys. */
    List<ForeignKey> declarations(Table table) {
        List<ForeignKey> usable = new ArrayList<>();
        TableSchema schema = table.schema();
        for (ForeignKey fk : schema.foreignKeys()) {
            Table target = tables.get(fk.targetTable());
            if (unusable.contains(fk.targetTable())) {
                continue;
            }
            if (schema.column(fk.column()).isEmpty()) {
                declarationProblem(table, "foreign key on unknown column \"" + fk.column() + "\"");
            } else if (target == null) {
                declarationProblem(table, "foreign key " + fk.column() + " refers to " + fk.targetTable()
                        + ".csv, which does not exist" + hint(fk.targetTable(), tables.keySet()));
            } else if (target.schema().column(fk.targetColumn()).isEmpty()) {
                declarationProblem(table, "foreign key " + fk.column() + " refers to column " + fk.targetColumn()
                        + ", which " + fk.targetTable() + ".csv does not have");
            } else {
                usable.add(fk);
            }
        }
        Optional<ForeignKey> section = schema.foreignKey(Conventions.SECTION);
        if (schema.column(Conventions.ID).isEmpty()) {
            declarationProblem(table, "every table needs an " + Conventions.ID + " column: the row's stable id");
        }
        if (schema.column(Conventions.SECTION).isEmpty()) {
            declarationProblem(table, "every table needs a " + Conventions.SECTION
                    + " column naming the section(s) of the source document its facts come from");
        } else if (section.isEmpty() || !section.get().targetTable().equals(Conventions.SECTIONS_TABLE)) {
            declarationProblem(table, "column " + Conventions.SECTION + " must be a foreign key to "
                    + Conventions.SECTIONS_TABLE + ".csv, so that every locator names a section of the source document");
        }
        if (schema.column(Conventions.CITED_SOURCE).isPresent() && schema.foreignKey(Conventions.CITED_SOURCE).isEmpty()) {
            declarationProblem(table, "column " + Conventions.CITED_SOURCE
                    + " must be a foreign key to the table of sources, so that every cited source exists");
        }
        return usable;
    }

    /** Adds {@code ?<column>_iri} terms to each row; unknown references are reported and left out. */
    List<TypedRow> resolve(List<TypedRow> rows, List<ForeignKey> fks) {
        List<TypedRow> resolved = new ArrayList<>();
        for (TypedRow row : rows) {
            Map<String, List<Node>> terms = new LinkedHashMap<>(row.terms());
            for (ForeignKey fk : fks) {
                resolve(row.row(), row.table(), fk, terms);
            }
            resolved.add(new TypedRow(row.row(), row.table(), terms));
        }
        return resolved;
    }

    private void resolve(Row row, Table table, ForeignKey fk, Map<String, List<Node>> terms) {
        Table target = tables.get(fk.targetTable());
        Map<String, String> index = index(target, fk.targetColumn());
        Cell cell = row.cell(fk.column());
        String separator = table.schema().column(fk.column()).map(ColumnSpec::separator).orElse(null);
        List<Node> iris = new ArrayList<>();
        for (String value : SchemaChecker.values(cell.text(), separator)) {
            String id = index.get(value);
            if (id != null) {
                iris.add(SchemaChecker.rowIri(id));
            } else if (target.csv().complete()) {
                problems.error(ErrorCode.DATA_UNKNOWN_REFERENCE, row.file(), cell.line(), cell.column(),
                        "column " + fk.column() + ": \"" + value + "\" is not the " + fk.targetColumn() + " of any row of "
                                + target.file(),
                        Suggestions.closest(value, index.keySet()).map(s -> "did you mean \"" + s + "\"?").orElse(null));
            }
        }
        terms.put(fk.column() + Conventions.IRI_SUFFIX, iris);
    }

    /** Value of {@code column} to the id of the (first) row holding it, over all well-formed rows of the table. */
    private Map<String, String> index(Table table, String column) {
        return indexes.computeIfAbsent(table.name() + "\u0000" + column, k -> {
            String separator = table.schema().column(column).map(ColumnSpec::separator).orElse(null);
            Map<String, String> index = new LinkedHashMap<>();
            for (Row r : table.csv().rows()) {
                for (String v : SchemaChecker.values(r.cell(column).text(), separator)) {
                    index.putIfAbsent(v, r.id());
                }
            }
            return index;
        });
    }

    private void declarationProblem(Table table, String message) {
        problems.error(ErrorCode.DATA_METADATA, table.metadataFile(), 0, 0, message, null);
    }

    private static String hint(String value, java.util.Collection<String> candidates) {
        return Suggestions.closest(value, candidates).map(s -> " (did you mean " + s + ".csv?)").orElse("");
    }
}
