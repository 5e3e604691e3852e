package org.w3id.sikg.load;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * The datatype of a CSVW column: an XSD base datatype plus the CSVW constraints SIKG supports (minimum, maximum and
 * their exclusive forms, length limits, and a regular-expression {@code format} for string-like datatypes). Built by
 * {@link CsvwParser}; checks one cell value and turns it into an RDF literal.
 */
public final class CellType {

    /**
     * One bound on the value.
     *
     * @param value the bound, a literal of the base datatype
     * @param lower true for minimum/minInclusive/minExclusive
     * @param exclusive true for minExclusive/maxExclusive
     */
    record Bound(NodeValue value, boolean lower, boolean exclusive) {
    }

    private final String name;
    private final XSDDatatype datatype;
    private final List<Bound> bounds;
    private final Pattern format;
    private final Integer minLength;
    private final Integer maxLength;

    CellType(String name, XSDDatatype datatype, List<Bound> bounds, Pattern format, Integer minLength,
            Integer maxLength) {
        this.name = name;
        this.datatype = datatype;
        this.bounds = List.copyOf(bounds);
        this.format = format;
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    static CellType of(String name, XSDDatatype datatype) {
        return new CellType(name, datatype, List.of(), null, null, null);
    }

    /** The CSVW name of the base datatype, e.g. {@code date}. */
    public String name() {
        return name;
    }

    public XSDDatatype datatype() {
        return datatype;
    }

    /** Null when {@code lexical} is a valid value of this type, else why it is not (one sentence fragment). */
    public String check(String lexical) {
        if (!datatype.isValid(lexical)) {
            return "is not a valid " + name + example();
        }
        if (format != null && !format.matcher(lexical).matches()) {
            return "does not match the column's format " + format.pattern();
        }
        if (minLength != null && lexical.length() < minLength || maxLength != null && lexical.length() > maxLength) {
            return "has " + lexical.length() + " characters, outside the column's length limits";
        }
        NodeValue value = NodeValue.makeNode(lexical, datatype);
        for (Bound b : bounds) {
            if (!within(value, b)) {
                return "is " + (b.lower() ? "below the column's minimum " : "above the column's maximum ")
                        + b.value().asNode().getLiteralLexicalForm() + (b.exclusive() ? " (exclusive)" : "");
            }
        }
        return null;
    }

    /** The cell as an RDF literal: typed with the base datatype, or language-tagged for strings with a lang. */
    public Node toNode(String lexical, String lang) {
        if (lang != null && datatype.equals(XSDDatatype.XSDstring)) {
            return NodeFactory.createLiteralLang(lexical, lang);
        }
        return NodeFactory.createLiteralDT(lexical, datatype);
    }

    private static boolean within(NodeValue value, Bound b) {
        int cmp;
        try {
            cmp = NodeValue.compare(value, b.value());
        } catch (ExprEvalException e) {
            return true;
        }
        if (b.lower()) {
            return b.exclusive() ? cmp > 0 : cmp >= 0;
        }
        return b.exclusive() ? cmp < 0 : cmp <= 0;
    }

    private String example() {
        return switch (name) {
            case "date" -> " (write YYYY-MM-DD, e.g. 1960-01-19)";
            case "gYear" -> " (write YYYY, e.g. 2017)";
            case "gYearMonth" -> " (write YYYY-MM, e.g. 1994-08)";
            case "dateTime" -> " (write YYYY-MM-DDThh:mm:ss)";
            case "integer", "positiveInteger", "nonNegativeInteger", "int", "long" -> " (write digits only, e.g. 48)";
            case "decimal", "double", "float" -> " (write digits with a dot, no unit or % sign, e.g. 48.5)";
            case "boolean" -> " (write true or false)";
            default -> "";
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
