package org.w3id.sikg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The SIKG namespaces and the ontology terms the Java code refers to. One constant per term; terms are declared in
 * {@code ontology/sikg.ttl}, and {@code SIKGVocabularyTest} checks that every constant here is declared there.
 */
public final class SIKG {

    /** Ontology namespace, prefix {@code sikg:}. */
    public static final String NS = "https://w3id.org/sikg/ontology#";
    public static final String PREFIX = "sikg";
    /** The ontology IRI (without the trailing hash). */
    public static final String ONTOLOGY_IRI = "https://w3id.org/sikg/ontology";
    /** Namespace of individuals (states, alliances, documents ...), prefix {@code sikgid:}. */
    public static final String ID_NS = "https://w3id.org/sikg/id/";
    public static final String ID_PREFIX = "sikgid";
    /** Namespace of named graphs. */
    public static final String GRAPH_NS = "https://w3id.org/sikg/graph/";

    /** Named graph holding the ontology and its imported modules. */
    public static final String GRAPH_ONTOLOGY = GRAPH_NS + "ontology";
    /** Named graph holding PROV-O provenance of every fact graph (subject = the fact graph's IRI). */
    public static final String GRAPH_PROVENANCE = GRAPH_NS + "provenance";
    /** Named graph holding the materialised entailments (never edited by hand, rebuilt on every load). */
    public static final String GRAPH_INFERRED = GRAPH_NS + "inferred";
    /** Prefix of the per-fact named graphs: {@code GRAPH_FACT_NS + table + "/" + rowId}. */
    public static final String GRAPH_FACT_NS = GRAPH_NS + "fact/";
    /** Prefix of graphs holding imported datasets (COW, ATOP): {@code GRAPH_DATASET_NS + name}. */
    public static final String GRAPH_DATASET_NS = GRAPH_NS + "dataset/";

    // =================================================================================================================
    // Ontology terms, in the order of ontology/sikg.ttl (its definitions are the documentation). Generated from the
    // ontology and kept in sync by SIKGVocabularyTest: add a constant whenever you add a class or property.
    // =================================================================================================================

    // --- Annotation properties of this ontology ---
    public static final Property articleSection = property("articleSection");
    public static final Property domainLeftOpen = property("domainLeftOpen");
    public static final Property rangeLeftOpen = property("rangeLeftOpen");
    public static final Property summary = property("summary");
    public static final Property shortcut = property("shortcut");

    // --- Provenance: documents and the parts a fact can cite ---
    public static final Resource Document = resource("Document");
    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Statement = resource("Statement");
    public static final Resource ScholarlyWork = resource("ScholarlyWork");
    public static final Resource SourceArticle = resource("SourceArticle");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource DocumentPart = resource("DocumentPart");
    public static final Resource Section = resource("Section");
    public static final Resource Footnote = resource("Footnote");
    public static final Property locator = property("locator");
    public static final Property partOf = property("partOf");
    public static final Property fromSection = property("fromSection");
    public static final Property citedSource = property("citedSource");
    public static final Property citedPages = property("citedPages");
    public static final Property author = property("author");
    public static final Resource ProvenanceMarker = resource("ProvenanceMarker");
    public static final Property dataFile = property("dataFile");
    public static final Property dataLine = property("dataLine");
    public static final Resource ContentPoint = resource("ContentPoint");
    public static final Property pointKind = property("pointKind");
    public static final Property position = property("position");

    // --- Dates ---
    public static final Property date = property("date");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property datePrecision = property("datePrecision");
    public static final Property startDatePrecision = property("startDatePrecision");
    public static final Property endDatePrecision = property("endDatePrecision");
    public static final Property attestedOn = property("attestedOn");
    public static final Property attestedOnPrecision = property("attestedOnPrecision");
    public static final Resource Period = resource("Period");
    public static final Property duringPeriod = property("duringPeriod");

    // --- Actors ---
    public static final Resource Actor = resource("Actor");
    public static final Resource State = resource("State");
    public static final Resource StateBody = resource("StateBody");
    public static final Resource ArmedForce = resource("ArmedForce");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource Person = resource("Person");
    public static final Resource Scholar = resource("Scholar");
    public static final Resource Group = resource("Group");
    public static final Resource Coalition = resource("Coalition");
    public static final Resource ResearchOrganization = resource("ResearchOrganization");
    public static final Property regimeType = property("regimeType");
    public static final Property holdsSecurityConcept = property("holdsSecurityConcept");
    public static final Resource Tenure = resource("Tenure");
    public static final Property tenureOf = property("tenureOf");

    // --- Buzan's two axes: strength as a state (cohesion) and strength as a power (capability), kept apart ---
    public static final Resource StrongState = resource("StrongState");
    public static final Resource WeakState = resource("WeakState");
    public static final Resource StrongPower = resource("StrongPower");
    public static final Resource WeakPower = resource("WeakPower");
    public static final Resource GreatPower = resource("GreatPower");
    public static final Resource Superpower = resource("Superpower");
    public static final Resource PostColonialState = resource("PostColonialState");

    // --- Characterisations: attributes ascribed to actors, and how they are ascribed (W3C n-ary relation pattern) ---
    public static final Resource Characterisation = resource("Characterisation");
    public static final Property characterised = property("characterised");
    public static final Property attribute = property("attribute");
    public static final Property modality = property("modality");

    // --- Places ---
    public static final Resource Place = resource("Place");
    public static final Resource Region = resource("Region");
    public static final Resource Territory = resource("Territory");
    public static final Property locatedIn = property("locatedIn");
    public static final Property administeredBy = property("administeredBy");
    public static final Property regionalScope = property("regionalScope");

    // --- Alliances, per-party defence duties and territorial scope ---
    public static final Resource Alliance = resource("Alliance");
    public static final Resource BilateralAlliance = resource("BilateralAlliance");
    public static final Resource MultilateralAlliance = resource("MultilateralAlliance");
    public static final Resource AsymmetricAlliance = resource("AsymmetricAlliance");
    public static final Resource LongLivedAlliance = resource("LongLivedAlliance");
    public static final Property hasParty = property("hasParty");
    public static final Resource AllianceMembership = resource("AllianceMembership");
    public static final Property inAlliance = property("inAlliance");
    public static final Property hasAllianceMembership = property("hasAllianceMembership");
    public static final Property commitmentType = property("commitmentType");
    public static final Property legalBasis = property("legalBasis");
    public static final Property durationYears = property("durationYears");
    public static final Property inForceOn = property("inForceOn");
    public static final Property commonThreat = property("commonThreat");
    public static final Property persistedAfter = property("persistedAfter");
    public static final Resource DefenceTerm = resource("DefenceTerm");
    public static final Resource DefenceDuty = resource("DefenceDuty");
    public static final Resource NoDefenceDuty = resource("NoDefenceDuty");
    public static final Property hasDefenceTerm = property("hasDefenceTerm");
    public static final Property obligedParty = property("obligedParty");
    public static final Property defendedParty = property("defendedParty");
    public static final Property territorialScope = property("territorialScope");
    public static final Property alliedWith = property("alliedWith");

    // --- Dataset identifiers: how the same state and the same alliance are recognised in COW, ATOP and ISO codes ---
    public static final Property cowStateCode = property("cowStateCode");
    public static final Property isoAlpha3Code = property("isoAlpha3Code");
    public static final Property cowAllianceId = property("cowAllianceId");
    public static final Property atopId = property("atopId");
    public static final Property leftCensored = property("leftCensored");
    public static final Property rightCensored = property("rightCensored");

    // --- The hub-and-spokes system ---
    public static final Resource HubAndSpokesSystem = resource("HubAndSpokesSystem");
    public static final Property hub = property("hub");
    public static final Property spoke = property("spoke");
    public static final Property spokeOf = property("spokeOf");
    public static final Property comprisesAlliance = property("comprisesAlliance");

    // --- The alliance dilemma and burden-sharing ---
    public static final Resource Fear = resource("Fear");
    public static final Resource AllianceFear = resource("AllianceFear");
    public static final Resource FearOfAbandonment = resource("FearOfAbandonment");
    public static final Resource FearOfEntrapment = resource("FearOfEntrapment");
    public static final Property fearingParty = property("fearingParty");
    public static final Property fearedParty = property("fearedParty");
    public static final Property fearKind = property("fearKind");
    public static final Property fearedAlly = property("fearedAlly");
    public static final Property inAllianceOf = property("inAllianceOf");
    public static final Property triggeredBy = property("triggeredBy");
    public static final Property expectsBurdenSharingFrom = property("expectsBurdenSharingFrom");
    public static final Property facesAllianceDilemmaWith = property("facesAllianceDilemmaWith");

    // --- Policies, proposals, the regional order and sets of alliances ---
    public static final Resource Policy = resource("Policy");
    public static final Property pursuedBy = property("pursuedBy");
    public static final Resource Proposal = resource("Proposal");
    public static final Resource SecurityOrder = resource("SecurityOrder");
    public static final Resource AllianceSet = resource("AllianceSet");

    // --- Patron-client bargains (W3C n-ary relation pattern) ---
    public static final Resource PatronClientBargain = resource("PatronClientBargain");
    public static final Resource PatronState = resource("PatronState");
    public static final Resource ClientState = resource("ClientState");
    public static final Property patron = property("patron");
    public static final Property client = property("client");
    public static final Property patronProvides = property("patronProvides");
    public static final Property clientProvides = property("clientProvides");
    public static final Property patronMeans = property("patronMeans");
    public static final Property underpins = property("underpins");

    // --- International institutions and memberships ---
    public static final Resource InternationalInstitution = resource("InternationalInstitution");
    public static final Resource SecurityInstitution = resource("SecurityInstitution");
    public static final Resource EconomicInstitution = resource("EconomicInstitution");
    public static final Resource ProposedInstitution = resource("ProposedInstitution");
    public static final Resource InstitutionMembership = resource("InstitutionMembership");
    public static final Property helpedFound = property("helpedFound");
    public static final Property launched = property("launched");
    public static final Property proposed = property("proposed");

    // --- Norms: constitutions, treaties, their articles, and constraints derived from them ---
    public static final Resource Norm = resource("Norm");
    public static final Resource LegalInstrument = resource("LegalInstrument");
    public static final Resource Constitution = resource("Constitution");
    public static final Resource Treaty = resource("Treaty");
    public static final Resource DomesticLaw = resource("DomesticLaw");
    public static final Resource LegalProvision = resource("LegalProvision");
    public static final Resource DerivedConstraint = resource("DerivedConstraint");
    public static final Property derivedFrom = property("derivedFrom");
    public static final Property interpretedBy = property("interpretedBy");
    public static final Property binds = property("binds");
    public static final Property rulesOut = property("rulesOut");
    public static final Property permits = property("permits");
    public static final Property articleNumber = property("articleNumber");

    // --- Events and acts of actors ---
    public static final Resource Event = resource("Event");
    public static final Resource War = resource("War");
    public static final Resource Crisis = resource("Crisis");
    public static final Property participant = property("participant");
    public static final Property ledTo = property("ledTo");
    public static final Resource CausalLink = resource("CausalLink");
    public static final Property cause = property("cause");
    public static final Property effect = property("effect");
    public static final Property causalKind = property("causalKind");
    public static final Property redefined = property("redefined");
    public static final Property opposed = property("opposed");
    public static final Property criticised = property("criticised");
    public static final Property supported = property("supported");

    // --- Stances and motives of actors (W3C n-ary relation pattern, kinds from SKOS schemes) ---
    public static final Resource Stance = resource("Stance");
    public static final Property stanceHolder = property("stanceHolder");
    public static final Property stanceTarget = property("stanceTarget");
    public static final Property stanceKind = property("stanceKind");
    public static final Resource Motive = resource("Motive");
    public static final Property motiveOf = property("motiveOf");
    public static final Property motivates = property("motivates");
    public static final Property motiveKind = property("motiveKind");

    // --- Hierarchies and dependence ---
    public static final Resource Hierarchy = resource("Hierarchy");
    public static final Resource SecurityHierarchy = resource("SecurityHierarchy");
    public static final Resource EconomicHierarchy = resource("EconomicHierarchy");
    public static final Property dominatedBy = property("dominatedBy");
    public static final Property subordinateIn = property("subordinateIn");
    public static final Property dependsOn = property("dependsOn");
    public static final Property dependsForSecurityOn = property("dependsForSecurityOn");
    public static final Property dependsEconomicallyOn = property("dependsEconomicallyOn");

    // --- Threats ---
    public static final Resource SecurityThreat = resource("SecurityThreat");
    public static final Property threatOrigin = property("threatOrigin");
    public static final Property posedBy = property("posedBy");
    public static final Property perceivesThreat = property("perceivesThreat");
    public static final Property threatens = property("threatens");

    // --- Theses and arguments ---
    public static final Resource Thesis = resource("Thesis");
    public static final Property advancedBy = property("advancedBy");
    public static final Property advancedIn = property("advancedIn");
    public static final Property about = property("about");
    public static final Property contradicts = property("contradicts");

    // --- Quantitative observations (a light Data Cube / SOSA-style pattern) ---
    public static final Resource Observation = resource("Observation");
    public static final Property value = property("value");
    public static final Property unit = property("unit");
    public static final Property indicator = property("indicator");
    public static final Property subject = property("subject");
    public static final Property counterpart = property("counterpart");
    public static final Property refPeriod = property("refPeriod");
    public static final Property valueQualifier = property("valueQualifier");

    // --- Controlled vocabularies: concept classes (subclasses of skos:Concept) and their schemes ---
    public static final Resource ProvisionKind = resource("ProvisionKind");
    public static final Resource MeansOfInfluence = resource("MeansOfInfluence");
    public static final Resource ConductKind = resource("ConductKind");
    public static final Resource CommitmentType = resource("CommitmentType");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource UnitOfMeasure = resource("UnitOfMeasure");
    public static final Resource Currency = resource("Currency");
    public static final Resource DatePrecision = resource("DatePrecision");
    public static final Resource ValueQualifier = resource("ValueQualifier");
    public static final Resource ThreatOrigin = resource("ThreatOrigin");
    public static final Resource RegimeType = resource("RegimeType");
    public static final Resource SecurityConcept = resource("SecurityConcept");
    public static final Resource StanceKind = resource("StanceKind");
    public static final Resource FearKind = resource("FearKind");
    public static final Resource CausalKind = resource("CausalKind");
    public static final Resource MotiveKind = resource("MotiveKind");
    public static final Resource PointKind = resource("PointKind");
    public static final Resource ActorAttribute = resource("ActorAttribute");
    public static final Resource Modality = resource("Modality");

    /**
     * Individuals of the ontology's controlled vocabularies (namespace {@link #ID_NS}) that code refers to by name:
     * dataset importers map COW/ATOP obligation columns and partial dates to them, rules test for them.
     */
    public static final class Concepts {
        // Alliance commitment types (scheme sikgid:commitment-types), as COW v4.1 and ATOP classify obligations.
        public static final Resource COMMITMENT_DEFENCE = individual("commitment-defence");
        public static final Resource COMMITMENT_OFFENCE = individual("commitment-offence");
        public static final Resource COMMITMENT_NEUTRALITY = individual("commitment-neutrality");
        public static final Resource COMMITMENT_NON_AGGRESSION = individual("commitment-non-aggression");
        public static final Resource COMMITMENT_CONSULTATION = individual("commitment-consultation");
        public static final Resource COMMITMENT_ENTENTE = individual("commitment-entente");
        // Date precisions (scheme sikgid:date-precisions); a date without a precision is known to the day.
        public static final Resource PRECISION_DAY = individual("precision-day");
        public static final Resource PRECISION_MONTH = individual("precision-month");
        public static final Resource PRECISION_YEAR = individual("precision-year");
        public static final Resource PRECISION_DECADE = individual("precision-decade");
        // Concepts the domain rules test for.
        public static final Resource CONDUCT_COLLECTIVE_SELF_DEFENCE = individual("conduct-collective-self-defence");
        public static final Resource INDICATOR_AVERAGE_ALLIANCE_LIFESPAN = individual("indicator-average-alliance-lifespan");
        public static final Resource UNIT_YEAR = individual("unit-year");
        // The source article every fact cites; its sections are SOURCE_ARTICLE + "-s4-1" etc. and "-fn1".
        public static final Resource SOURCE_ARTICLE = individual("source-article");
        // The marker that facts curated from outside the article are derived from (data/sections.csv: "external").
        public static final Resource OUTSIDE_ARTICLE = individual("outside-article");

        private Concepts() {
        }
    }

    private SIKG() {
    }

    public static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    public static Property property(String localName) {
        return ResourceFactory.createProperty(NS + localName);
    }

    public static Resource individual(String localId) {
        return ResourceFactory.createResource(ID_NS + localId);
    }

    /** The IRI of the named graph holding the fact of row {@code rowId} of table {@code table}. */
    public static String factGraph(String table, String rowId) {
        return GRAPH_FACT_NS + table + "/" + rowId;
    }
}
