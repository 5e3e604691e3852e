package org.w3id.sikg.load;

/**
 * A CSVW foreign key: every value of {@code column} must be a value of {@code targetColumn} in table
 * {@code targetTable}. The mapping variable {@code ?<column>_iri} is bound to the IRI of the referenced row.
 *
 * @param column the referencing column of this table
 * @param targetTable the referenced table's name (its file name without {@code .csv})
 * @param targetColumn the referenced column, usually {@code id}
 */
public record ForeignKey(String column, String targetTable, String targetColumn) {
}
