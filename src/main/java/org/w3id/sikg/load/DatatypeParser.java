package org.w3id.sikg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.expr.NodeValue;

/**
 * Reads the {@code datatype} of a CSVW column: a name ({@code "date"}) or an object with a {@code base} and
 * constraints ({@code {"base": "decimal", "minimum": 0, "maximum": 100}}). Names are the CSVW built-in datatypes,
 * i.e. the XSD datatypes by local name, plus CSVW's aliases {@code number} and {@code datetime}.
 */
final class DatatypeParser {

    /** Where problems go. */
    @FunctionalInterface
    interface Errors {
        void report(String message);
    }

    private static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    private static final Map<String, String> ALIASES = Map.of("number", "double", "datetime", "dateTime",
            "binary", "base64Binary");
    private static final Set<String> KEYS = Set.of("@id", "@type", "base", "minimum", "maximum", "minInclusive",
            "maxInclusive", "minExclusive", "maxExclusive", "format", "length", "minLength", "maxLength");
    private static final Set<String> STRING_LIKE = Set.of("string", "normalizedString", "token", "anyURI",
            "language", "Name", "NCName", "NMTOKEN");

    private final String where;
    private final Errors errors;

    DatatypeParser(String where, Errors errors) {
        this.where = where;
        this.errors = errors;
    }

    /** The cell type, or null when the datatype is unusable (reported). A missing datatype means string. */
    CellType parse(JsonValue value) {
        if (value == null) {
            return CellType.of("string", XSDDatatype.XSDstring);
        }
        if (value.isString()) {
            String name = value.getAsString().value();
            XSDDatatype dt = base(name);
            return dt == null ? null : CellType.of(name, dt);
        }
        if (!value.isObject()) {
            return report("\"datatype\" must be a datatype name or an object with \"base\"");
        }
        return object(value.getAsObject());
    }

    private CellType object(JsonObject obj) {
        Set<String> unknown = new TreeSet<>(obj.keys());
        unknown.removeIf(k -> KEYS.contains(k) || k.contains(":"));
        if (!unknown.isEmpty()) {
            return report("unsupported datatype key(s) " + unknown + "; supported: " + new TreeSet<>(KEYS));
        }
        JsonValue b = obj.get("base");
        String name = b != null && b.isString() ? b.getAsString().value() : "string";
        XSDDatatype dt = base(name);
        if (dt == null) {
            return null;
        }
        List<CellType.Bound> bounds = bounds(obj, dt);
        Pattern format = format(obj, name);
        Integer length = integer(obj, "length");
        Integer min = length != null ? length : integer(obj, "minLength");
        Integer max = length != null ? length : integer(obj, "maxLength");
        return bounds == null || (obj.hasKey("format") && format == null) ? null
                : new CellType(name, dt, bounds, format, min, max);
    }

    private List<CellType.Bound> bounds(JsonObject obj, XSDDatatype dt) {
        List<CellType.Bound> bounds = new ArrayList<>();
        String[][] keys = {{"minimum", "lower"}, {"minInclusive", "lower"}, {"minExclusive", "lower-x"},
            {"maximum", "upper"}, {"maxInclusive", "upper"}, {"maxExclusive", "upper-x"}};
        for (String[] k : keys) {
            JsonValue v = obj.get(k[0]);
            if (v == null) {
                continue;
            }
            String lexical = v.isNumber() ? v.getAsNumber().value().toString()
                    : v.isString() ? v.getAsString().value() : null;
            if (lexical == null || !dt.isValid(lexical)) {
                report("\"" + k[0] + "\" must be a valid " + dt.getURI().substring(XSD.length()));
                return null;
            }
            bounds.add(new CellType.Bound(NodeValue.makeNode(lexical, dt), k[1].startsWith("lower"),
                    k[1].endsWith("-x")));
        }
        return bounds;
    }

    private Pattern format(JsonObject obj, String base) {
        JsonValue v = obj.get("format");
        if (v == null) {
            return null;
        }
        if (!STRING_LIKE.contains(base) || !v.isString()) {
            report("\"format\" is supported only as a regular expression on string-like datatypes " + STRING_LIKE);
            return null;
        }
        try {
            return Pattern.compile(v.getAsString().value());
        } catch (PatternSyntaxException e) {
            report("\"format\" is not a valid regular expression: " + e.getDescription());
            return null;
        }
    }

    private Integer integer(JsonObject obj, String key) {
        JsonValue v = obj.get(key);
        if (v == null) {
            return null;
        }
        if (!v.isNumber()) {
            report("\"" + key + "\" must be a number");
            return null;
        }
        return v.getAsNumber().value().intValue();
    }

    private XSDDatatype base(String name) {
        String local = ALIASES.getOrDefault(name, name);
        RDFDatatype dt = TypeMapper.getInstance().getTypeByName(XSD + local);
        if (dt instanceof XSDDatatype xsd && !local.equals("anyAtomicType")) {
            return xsd;
        }
        report("unknown datatype \"" + name + "\"; use a CSVW/XSD datatype such as string, integer, decimal, date, "
                + "gYear, gYearMonth, anyURI or boolean");
        return null;
    }

    private CellType report(String message) {
        errors.report(where + ": " + message);
        return null;
    }
}
