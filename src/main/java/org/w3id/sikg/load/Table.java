package org.w3id.sikg.load;

import java.nio.file.Path;

/**
 * One fact table: its CSV file, its CSVW schema and its content.
 *
 * @param name the table's name: the CSV file name without {@code .csv} (e.g. {@code alliances})
 * @param file the CSV file as shown in problems
 * @param dataPath the CSV file's path in the repository, recorded in provenance (e.g. {@code data/alliances.csv})
 * @param metadataFile the CSVW metadata file as shown in problems
 * @param schema the CSVW schema
 * @param csv the rows read from the file
 */
public record Table(String name, String file, String dataPath, String metadataFile, TableSchema schema, CsvData csv) {

    /** Where the table's mapping lives under the data directory: {@code mapping/<name>.rq}. */
    public static Path mappingPath(Path dataDir, String name) {
        return dataDir.resolve(Conventions.MAPPING_DIR).resolve(name + Conventions.MAPPING_SUFFIX);
    }
}
