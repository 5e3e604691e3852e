package org.w3id.sikg.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CSVW table description of one CSV file ({@code <table>.csv-metadata.json}).
 *
 * @param table the table's name
 * @param columns the columns, in the order the metadata lists them
 * @param foreignKeys the declared foreign keys
 */
public record TableSchema(String table, List<ColumnSpec> columns, List<ForeignKey> foreignKeys) {

    public TableSchema {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    public Optional<ColumnSpec> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String column) {
        return foreignKeys.stream().filter(f -> f.column().equals(column)).findFirst();
    }

    public Map<String, ColumnSpec> columnsByName() {
        Map<String, ColumnSpec> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(c.name(), c));
        return map;
    }
}
