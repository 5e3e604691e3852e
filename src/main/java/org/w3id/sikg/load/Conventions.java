package org.w3id.sikg.load;

import java.util.regex.Pattern;

/**
 * The naming conventions the loader relies on, in one place (documented in docs/loading.md). Data files, CSVW
 * metadata and mappings follow them; changing one here changes it everywhere.
 */
public final class Conventions {

    /** Column every table has: the row's stable id; the row's IRI is {@code sikgid:<id>}. */
    public static final String ID = "id";
    /** Column every table has: the section locator(s) of the source document the row's fact comes from. */
    public static final String SECTION = "section";
    /** Optional column: the id(s) of the source(s) the article cites for the fact. */
    public static final String CITED_SOURCE = "cited_source";
    /** The table describing the source document's sections; every {@link #SECTION} cell refers to it. */
    public static final String SECTIONS_TABLE = "sections";
    /** Suffix of the mapping variable bound to the IRI of a referenced row: {@code ?<column>_iri}. */
    public static final String IRI_SUFFIX = "_iri";
    /** Mapping variable bound to the IRI of the row's own fact graph. */
    public static final String FACT_GRAPH = "fact_graph";
    /** Data files live here, relative to the data directory. */
    public static final String MAPPING_DIR = "mapping";
    public static final String CSV_SUFFIX = ".csv";
    public static final String METADATA_SUFFIX = ".csv-metadata.json";
    public static final String MAPPING_SUFFIX = ".rq";
    /** Ids and table names: lower-case letters and digits, separated by single hyphens. */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Conventions() {
    }
}
