package org.w3id.sikg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * {@link SIKG} and ontology/sikg.ttl agree: every constant names a term the ontology declares, with the matching kind
 * (a Property constant is a property, a Resource constant a class or individual), and every class and property of
 * the ontology has its constant, so Java code never refers to a term that does not exist.
 */
class SIKGVocabularyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/sikg.ttl");
    private static final Set<Resource> PROPERTY_KINDS = Set.of(OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty);

    @Test
    void everyConstantIsDeclaredInTheOntologyWithTheRightKind() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        List<Field> fields = new ArrayList<>(List.of(SIKG.class.getFields()));
        fields.addAll(List.of(SIKG.Concepts.class.getFields()));
        int checked = 0;
        for (Field f : fields) {
            if (!Modifier.isStatic(f.getModifiers()) || !Resource.class.isAssignableFrom(f.getType())) {
                continue;
            }
            Resource term = (Resource) f.get(null);
            Resource inOntology = ONTOLOGY.getResource(term.getURI());
            boolean ok;
            if (term instanceof Property) {
                ok = PROPERTY_KINDS.stream().anyMatch(k -> inOntology.hasProperty(RDF.type, k));
            } else {
                ok = inOntology.hasProperty(RDF.type, OWL2.Class) || inOntology.hasProperty(RDF.type, OWL2.NamedIndividual);
            }
            if (!ok) {
                wrong.add(f.getDeclaringClass().getSimpleName() + "." + f.getName() + " <" + term.getURI() + ">");
            }
            checked++;
        }
        assertThat(wrong).as("constants not declared (with that kind) in ontology/sikg.ttl").isEmpty();
        assertThat(checked).isGreaterThan(150);
    }

    @Test
    void everyClassAndPropertyOfTheOntologyHasAConstantNamedAfterIt() {
        Set<String> missing = new TreeSet<>();
        Set<String> fieldNames = new TreeSet<>();
        for (Field f : SIKG.class.getFields()) {
            fieldNames.add(f.getName());
        }
        for (Resource kind : List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.AnnotationProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(SIKG.NS) && !fieldNames.contains(r.getLocalName())) {
                    missing.add(r.getLocalName());
                }
            });
        }
        assertThat(missing).as("ontology terms without a constant in SIKG").isEmpty();
    }

    @Test
    void namespacesMatchTheOntologyHeader() {
        assertThat(ONTOLOGY.getResource(SIKG.ONTOLOGY_IRI).hasProperty(RDF.type, OWL2.Ontology)).isTrue();
        assertThat(ONTOLOGY.getNsPrefixURI(SIKG.PREFIX)).isEqualTo(SIKG.NS);
        assertThat(ONTOLOGY.getNsPrefixURI(SIKG.ID_PREFIX)).isEqualTo(SIKG.ID_NS);
    }
}
