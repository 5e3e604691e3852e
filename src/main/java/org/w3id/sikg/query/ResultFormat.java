package org.w3id.sikg.query;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Output formats of {@code sikg query}. SELECT and ASK results use the W3C SPARQL 1.1 result formats (or an aligned
 * text table); CONSTRUCT and DESCRIBE results are RDF. {@link #TABLE} and {@link #JSON} also fit graph results
 * (pretty Turtle and JSON-LD).
 */
public enum ResultFormat {
    TABLE(ResultSetLang.RS_Text, RDFFormat.TURTLE_PRETTY),
    CSV(ResultSetLang.RS_CSV, null),
    TSV(ResultSetLang.RS_TSV, null),
    JSON(ResultSetLang.RS_JSON, RDFFormat.JSONLD_PRETTY),
    XML(ResultSetLang.RS_XML, null),
    TURTLE(null, RDFFormat.TURTLE_PRETTY),
    NTRIPLES(null, RDFFormat.NTRIPLES),
    JSONLD(null, RDFFormat.JSONLD_PRETTY),
    RDFXML(null, RDFFormat.RDFXML_PRETTY),
    TRIG(null, RDFFormat.TRIG_PRETTY);

    private final Lang resultLang;
    private final RDFFormat rdfFormat;

    ResultFormat(Lang resultLang, RDFFormat rdfFormat) {
        this.resultLang = resultLang;
        this.rdfFormat = rdfFormat;
    }

    /** The SPARQL result format for SELECT/ASK, or null when this format does not fit them. */
    public Lang resultLang() {
        return resultLang;
    }

    /** The RDF format for CONSTRUCT/DESCRIBE, or null when this format does not fit them. */
    public RDFFormat rdfFormat() {
        return rdfFormat;
    }

    /** The name used on the command line, e.g. {@code csv}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
