package org.w3id.sikg.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

/** CSVW datatypes: base types, aliases, bounds, formats and length limits. */
class CellTypeTest {

    final List<String> errors = new ArrayList<>();

    CellType type(String json) {
        return new DatatypeParser("column x", errors::add).parse(JSON.parseAny(json));
    }

    @Test
    void baseDatatypesCheckLexicalForms() {
        assertThat(type("\"date\"").check("1960-01-19")).isNull();
        assertThat(type("\"date\"").check("19 Jan 1960")).contains("not a valid date").contains("YYYY-MM-DD");
        assertThat(type("\"gYear\"").check("2017")).isNull();
        assertThat(type("\"gYearMonth\"").check("1994-08")).isNull();
        assertThat(type("\"positiveInteger\"").check("0")).contains("not a valid positiveInteger");
        assertThat(type("\"decimal\"").check("48%")).contains("no unit or % sign");
        assertThat(type("\"boolean\"").check("yes")).isNotNull();
        assertThat(type("\"number\"").datatype()).isEqualTo(XSDDatatype.XSDdouble);
        assertThat(errors).isEmpty();
    }

    @Test
    void boundsFormatsAndLengths() {
        CellType percent = type("{\"base\": \"decimal\", \"minimum\": 0, \"maximum\": 100}");
        assertThat(percent.check("48")).isNull();
        assertThat(percent.check("100.5")).contains("above the column's maximum 100");
        assertThat(type("{\"base\": \"decimal\", \"minExclusive\": 0}").check("0")).contains("(exclusive)");
        assertThat(type("{\"base\": \"date\", \"minimum\": \"1945-01-01\"}").check("1900-01-01")).contains("below");
        CellType currency = type("{\"base\": \"string\", \"format\": \"[A-Z]{3}\"}");
        assertThat(currency.check("USD")).isNull();
        assertThat(currency.check("usd")).contains("does not match");
        assertThat(type("{\"base\": \"string\", \"maxLength\": 3}").check("abcd")).contains("length limits");
        assertThat(errors).isEmpty();
    }

    @Test
    void unusableDatatypesAreReported() {
        assertThat(type("\"dat\"")).isNull();
        assertThat(type("{\"base\": \"integer\", \"format\": \"#,##0\"}")).isNull();
        assertThat(type("{\"base\": \"integer\", \"minimun\": 1}")).isNull();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("unknown datatype \"dat\"");
        assertThat(errors.get(2)).contains("minimun");
    }
}
