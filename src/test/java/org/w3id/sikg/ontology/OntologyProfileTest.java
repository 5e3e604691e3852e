package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.io.StringDocumentSource;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWL2RLProfile;
import org.semanticweb.owlapi.profiles.OWLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/**
 * The ontology (with its imports) and the article's individuals are in OWL 2 DL, so DL reasoners and Protégé accept
 * them, and in OWL 2 RL, so the rule-based materialiser can use every axiom.
 */
class OntologyProfileTest {

    @Test
    void ontologyIsInOwl2Dl() throws Exception {
        assertThat(violations(new OWL2DLProfile(), OwlApiSupport.load(OwlApiSupport.ONTOLOGY).ontology())).isEmpty();
    }

    @Test
    void ontologyIsInOwl2Rl() throws Exception {
        assertThat(violations(new OWL2RLProfile(), OwlApiSupport.load(OwlApiSupport.ONTOLOGY).ontology())).isEmpty();
    }

    @Test
    void articleSampleIsInOwl2DlAndRl() throws Exception {
        OWLOntology sample = OwlApiSupport.sample().ontology();
        assertThat(violations(new OWL2DLProfile(), sample)).isEmpty();
        assertThat(violations(new OWL2RLProfile(), sample)).isEmpty();
    }

    /** The profile checks do fail: a date typed xsd:date is outside OWL 2 DL, a union domain outside OWL 2 RL. */
    @Test
    void profileChecksReportWhatLiesOutside() throws Exception {
        OWLOntology o = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(new StringDocumentSource("""
                @prefix : <https://w3id.org/sikg/test#> .
                @prefix owl: <http://www.w3.org/2002/07/owl#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                <https://w3id.org/sikg/test> a owl:Ontology .
                :A a owl:Class . :B a owl:Class .
                :p a owl:ObjectProperty ; rdfs:domain [ a owl:Class ; owl:unionOf ( :A :B ) ] .
                :d a owl:DatatypeProperty .
                :i a owl:NamedIndividual ; :d "1994-08-01"^^xsd:date .
                """));
        assertThat(violations(new OWL2DLProfile(), o)).anyMatch(v -> v.contains("datatype") && v.contains("date"));
        assertThat(violations(new OWL2RLProfile(), o)).anyMatch(v -> v.contains("ObjectUnionOf"));
    }

    private static List<String> violations(OWLProfile profile, OWLOntology ontology) {
        OWLProfileReport report = profile.checkOntology(ontology);
        return report.getViolations().stream().map(OWLProfileViolation::toString).toList();
    }
}
