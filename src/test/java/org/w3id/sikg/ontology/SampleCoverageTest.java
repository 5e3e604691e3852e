package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.sikg.validate.OntologyClosure;
import org.w3id.sikg.vocab.SIKG;

/**
 * The article sample is the modelling contract for the data: it exercises every class (directly or by inference)
 * and uses every property of the ontology, except the few listed here, each with the reason.
 */
class SampleCoverageTest {

    /** Classes with no instance in the sample, and why. */
    private static final Map<String, String> CLASSES_WITHOUT_SAMPLE = Map.of(
            "StrongState", "the article applies Buzan's cohesion axis to Asian states in general (§2.2), to no named state",
            "WeakState", "as StrongState; the consistency test exercises the disjoint pair",
            "WeakPower", "the article names no state a weak power",
            "PostColonialState", "the article names no post-colonial state; Buzan's claim about them is a thesis in the sample",
            "LongLivedAlliance", "inferred by a domain rule (comparison with the observed average lifespan), not by OWL");

    /** Properties the sample does not assert because they are inferred, and by what. */
    private static final Map<String, String> PROPERTIES_INFERRED_ONLY = Map.of(
            "alliedWith", "the property chain spoke/hub (OntologyReasoningTest) and a domain rule for alliance parties",
            "dependsOn", "the property chain subordinateIn/dominatedBy and its sub-properties (OntologyReasoningTest)",
            "facesAllianceDilemmaWith", "a domain rule (norm ruling out collective self-defence + burden-sharing ally)",
            "spokeOf", "the inverse of sikg:spoke, which the data states",
            "hasAllianceMembership", "the inverse of sikg:inAlliance, which the data states");

    @Test
    void everyClassHasAnInstanceInTheSampleOrIsListedWithTheReason() throws Exception {
        OWLReasoner hermit = OwlApiSupport.hermitOverSample();
        OWLDataFactory df = OwlApiSupport.sample().manager().getOWLDataFactory();
        Set<String> empty = new TreeSet<>();
        for (String name : sikgTerms(OWL2.Class.getURI())) {
            if (hermit.getInstances(df.getOWLClass(IRI.create(SIKG.NS + name)), false).isEmpty()) {
                empty.add(name);
            }
        }
        assertThat(empty).as("classes without an instance (listed ones must really have none)")
                .isEqualTo(CLASSES_WITHOUT_SAMPLE.keySet());
    }

    @Test
    void everyPropertyIsUsedInTheOntologyOrSampleOrIsInferredOnly() {
        Model data = OntologyClosure.load(OwlApiSupport.ONTOLOGY);
        RDFDataMgr.read(data, OwlApiSupport.SAMPLE.toString());
        Set<String> unused = new TreeSet<>();
        for (String kind : List.of(OWL2.ObjectProperty.getURI(), OWL2.DatatypeProperty.getURI(),
                OWL2.AnnotationProperty.getURI())) {
            for (String name : sikgTerms(kind)) {
                if (!data.listStatements(null, data.createProperty(SIKG.NS + name), (org.apache.jena.rdf.model.RDFNode) null)
                        .hasNext()) {
                    unused.add(name);
                }
            }
        }
        assertThat(unused).as("properties no triple uses (listed ones must really be unused)")
                .isEqualTo(PROPERTIES_INFERRED_ONLY.keySet());
    }

    private static Set<String> sikgTerms(String kindIri) {
        Model ontology = RDFDataMgr.loadModel(OwlApiSupport.ONTOLOGY.toString());
        Set<String> names = new TreeSet<>();
        ontology.listSubjectsWithProperty(RDF.type, ontology.createResource(kindIri)).forEachRemaining(r -> {
            if (r.isURIResource() && r.getURI().startsWith(SIKG.NS)) {
                names.add(r.getLocalName());
            }
        });
        assertThat(names).isNotEmpty();
        return names;
    }
}
