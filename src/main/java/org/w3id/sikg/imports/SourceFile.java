package org.w3id.sikg.imports;

/**
 * One input file of an import, for provenance.
 *
 * @param role what the file gives: {@code members}, {@code alliances}, {@code states} or {@code iso-codes}
 * @param summary its name, data rows and SHA-256
 */
record SourceFile(String role, CsvSource.Summary summary) {
}
