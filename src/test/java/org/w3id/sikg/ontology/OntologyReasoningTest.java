package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.model.parameters.Imports;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.w3id.sikg.vocab.SIKG;

/**
 * HermiT (the reasoner Protégé ships) finds the ontology with the article's individuals consistent, every class
 * satisfiable, and draws the conclusions the design promises; contradicting data is caught.
 */
class OntologyReasoningTest {

    private static final String ORG = "http://www.w3.org/ns/org#";

    @Test
    void ontologyWithTheArticleSampleIsConsistentAndEveryClassSatisfiable() throws Exception {
        OWLReasoner hermit = OwlApiSupport.hermitOverSample();
        assertThat(hermit.isConsistent()).isTrue();
        assertThat(hermit.getUnsatisfiableClasses().getEntitiesMinusBottom()).as("unsatisfiable classes").isEmpty();
    }

    @Test
    void alliancesWithANoDutyTermAreAsymmetric() throws Exception {
        assertThat(instances("AsymmetricAlliance")).containsExactly("japan-us-alliance");
    }

    @Test
    void patronsAndClientsOfBargainsArePatronAndClientStates() throws Exception {
        assertThat(instances("PatronState")).containsExactlyInAnyOrder("united-states", "china");
        assertThat(instances("ClientState")).contains("japan", "cambodia", "south-korea", "australia");
    }

    @Test
    void spokesAreAlliedWithTheHubButNotWithEachOther() throws Exception {
        assertThat(values("united-states", SIKG.alliedWith.getURI())).containsExactlyInAnyOrder(
                "japan", "south-korea", "philippines", "taiwan", "thailand", "australia");
        assertThat(values("japan", SIKG.alliedWith.getURI())).containsExactly("united-states");
    }

    @Test
    void chainsGiveHoldersOfPostsMembersOfInstitutionsPartiesOfAlliancesAndDependence() throws Exception {
        assertThat(values("joseph-nye", ORG + "holds")).containsExactly("post-us-assistant-secretary-of-state");
        assertThat(values("japan", ORG + "memberOf")).containsExactly("asean-regional-forum");
        assertThat(values("south-korea-us-alliance", SIKG.hasParty.getURI()))
                .containsExactlyInAnyOrder("south-korea", "united-states");
        assertThat(values("japan", SIKG.dependsOn.getURI())).containsExactlyInAnyOrder("united-states", "china");
    }

    @Test
    void partOfAndLocatedInAreTransitive() throws Exception {
        assertThat(values("constitution-of-japan-article-9-paragraph-1", SIKG.partOf.getURI()))
                .containsExactlyInAnyOrder("constitution-of-japan-article-9", "constitution-of-japan");
        assertThat(values("okinawa", SIKG.locatedIn.getURI())).containsExactlyInAnyOrder(
                "territories-under-japanese-administration", "east-asia", "asia-pacific");
        assertThat(values("source-article-s4-1", SIKG.partOf.getURI()))
                .containsExactlyInAnyOrder("source-article-s4", "source-article");
    }

    @Test
    void aStateBothWeakAndStrongIsInconsistent() throws Exception {
        assertThat(consistentWith("japan", SIKG.WeakState.getURI(), SIKG.StrongState.getURI())).isFalse();
    }

    @Test
    void buzansTwoAxesAreIndependent() throws Exception {
        assertThat(consistentWith("japan", SIKG.WeakState.getURI(), SIKG.StrongPower.getURI())).isTrue();
    }

    @Test
    void anEventIsNotAPeriodNorAPlaceAnActor() throws Exception {
        assertThat(consistentWith("gulf-war", SIKG.Period.getURI())).isFalse();
        assertThat(consistentWith("okinawa", SIKG.State.getURI())).isFalse();
    }

    @Test
    void aFearsKindAndItsClassGiveEachOtherAndOnlyAllianceFearsAreAmongStates() throws Exception {
        assertThat(instances("FearOfAbandonment")).containsExactlyInAnyOrder("japan-fear-of-abandonment",
                "japan-fear-for-the-nuclear-umbrella");
        assertThat(instances("AllianceFear")).doesNotContain("china-fear-interference", "neighbours-fear-japan");
        assertThat(instances("Fear")).contains("china-fear-interference", "us-fear-soviet-manipulation",
                "us-fear-lost-leadership", "neighbours-fear-japan", "japan-fear-of-entrapment");
        assertThat(values("japan-fear-of-entrapment", SIKG.fearedParty.getURI())).containsExactly("united-states");
        // a fear stated only by its kind is an alliance fear of that class
        assertThat(consistentWithKind("china-fear-interference", "fear-of-abandonment")).isFalse();
    }

    @Test
    void aGroupCannotHoldAnAllianceFearAndAProposalIsNoInstitution() throws Exception {
        assertThat(consistentWith("neighbours-fear-japan", SIKG.AllianceFear.getURI())).isFalse();
        assertThat(consistentWith("containment-of-china", SIKG.InternationalInstitution.getURI())).isFalse();
        assertThat(consistentWith("nixon-doctrine", SIKG.Document.getURI())).isFalse();
        assertThat(consistentWith("us-opposed-asian-helsinki", SIKG.Thesis.getURI())).isFalse();
        assertThat(consistentWith("stance-opposed", SIKG.CausalKind.getURI())).as("kinds of different schemes").isFalse();
    }

    @Test
    void policiesAreAttributedToTheirHoldersInProvTerms() throws Exception {
        assertThat(values("america-first", "http://www.w3.org/ns/prov#wasAttributedTo"))
                .containsExactly("trump-administration");
    }

    private static Set<String> instances(String localName) throws Exception {
        OWLReasoner hermit = OwlApiSupport.hermitOverSample();
        OWLDataFactory df = OwlApiSupport.sample().manager().getOWLDataFactory();
        return hermit.getInstances(df.getOWLClass(IRI.create(SIKG.NS + localName)), false).entities()
                .map(OntologyReasoningTest::id).collect(Collectors.toSet());
    }

    private static Set<String> values(String subjectId, String propertyIri) throws Exception {
        OWLReasoner hermit = OwlApiSupport.hermitOverSample();
        OWLDataFactory df = OwlApiSupport.sample().manager().getOWLDataFactory();
        return hermit.getObjectPropertyValues(df.getOWLNamedIndividual(IRI.create(SIKG.ID_NS + subjectId)),
                df.getOWLObjectProperty(IRI.create(propertyIri))).entities()
                .map(OntologyReasoningTest::id).collect(Collectors.toSet());
    }

    private static String id(OWLNamedIndividual individual) {
        return individual.getIRI().toString().replace(SIKG.ID_NS, "");
    }

    /**
     * A fresh HermiT over ontology + sample where the fear {@code fearId} (held by a group or a non-ally) is also said
     * to be of kind {@code kindId}: a fear of abandonment is an alliance fear, so its holder must be a state.
     */
    private static boolean consistentWithKind(String fearId, String kindId) throws Exception {
        OWLOntologyManager manager = OwlApiSupport.sample().manager();
        OWLDataFactory df = manager.getOWLDataFactory();
        Set<OWLAxiom> axioms = OwlApiSupport.sample().ontology().axioms(Imports.INCLUDED).collect(Collectors.toSet());
        axioms.add(df.getOWLObjectPropertyAssertionAxiom(df.getOWLObjectProperty(IRI.create(SIKG.fearKind.getURI())),
                df.getOWLNamedIndividual(IRI.create(SIKG.ID_NS + fearId)),
                df.getOWLNamedIndividual(IRI.create(SIKG.ID_NS + kindId))));
        OWLOntology probe = manager.createOntology(axioms);
        try {
            return new ReasonerFactory().createReasoner(probe).isConsistent();
        } finally {
            manager.removeOntology(probe);
        }
    }

    /** A fresh HermiT over ontology + sample + the extra class assertions for one individual. */
    private static boolean consistentWith(String individualId, String... classIris) throws Exception {
        OWLOntologyManager manager = OwlApiSupport.sample().manager();
        OWLDataFactory df = manager.getOWLDataFactory();
        Set<OWLAxiom> axioms = OwlApiSupport.sample().ontology().axioms(Imports.INCLUDED).collect(Collectors.toSet());
        OWLNamedIndividual individual = df.getOWLNamedIndividual(IRI.create(SIKG.ID_NS + individualId));
        for (String c : classIris) {
            axioms.add(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(c)), individual));
        }
        OWLOntology probe = manager.createOntology(axioms);
        try {
            return new ReasonerFactory().createReasoner(probe).isConsistent();
        } finally {
            manager.removeOntology(probe);
        }
    }
}
