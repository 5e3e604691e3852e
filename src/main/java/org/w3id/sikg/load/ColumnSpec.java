package org.w3id.sikg.load;

/**
 * One column of a table as its CSVW metadata describes it.
 *
 * @param name the column name: the header cell and the mapping's variable name
 * @param type the datatype of each value
 * @param required whether every row must have a value
 * @param separator null for single-valued columns, else the string between values (e.g. {@code |})
 * @param lang null, or the language tag given to string values (e.g. {@code en})
 */
public record ColumnSpec(String name, CellType type, boolean required, String separator, String lang) {

    public boolean multiValued() {
        return separator != null;
    }
}
