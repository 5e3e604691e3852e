package org.w3id.sikg.web;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.w3id.sikg.vocab.SD;
import org.w3id.sikg.vocab.SIKG;

/**
 * The dataset's VoID description and the SPARQL endpoint's Service Description, built from the cached counts. Dataset
 * IRIs live under {@code https://w3id.org/sikg/void#} (stable across deployments); endpoint, dump and page URLs are
 * the deployment's, from the request.
 */
final class DatasetDescription {

    /** The VoID dataset IRI of SIKG as a whole. */
    static final String DATASET = "https://w3id.org/sikg/void#sikg";
    private static final String VOID_NS = "https://w3id.org/sikg/void#";
    private static final List<String> FORMATS = List.of("Turtle", "JSON-LD", "RDF_XML", "N-Triples", "TriG",
            "N-Quads");
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "JSON-LD", "RDF_XML", "N-Triples", "TriG");

    private final Site site;
    private final DatasetStats stats;

    DatasetDescription(Site site, DatasetStats stats) {
        this.site = site;
        this.stats = stats;
    }

    /** VoID for a deployment at {@code base} (scheme, host and port, no trailing slash). */
    Model voidDescription(String base) {
        DatasetStats.Counts c = stats.counts();
        DatasetStats.Details d = stats.details();
        Model m = model();
        Resource ds = m.createResource(DATASET).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("SIKG: Security Institutions Knowledge Graph", "en"))
                .addProperty(DCTerms.description, m.createLiteral("A knowledge graph of the Asia-Pacific security "
                        + "order built from one scholarly article: facts with section-level provenance and the "
                        + "OWL 2 RL entailments a reasoner materialised from them.", "en"))
                .addProperty(FOAF.homepage, m.createResource(base + "/"))
                .addProperty(VOID.sparqlEndpoint, m.createResource(base + site.settings().sparqlPath()))
                .addProperty(VOID.dataDump, m.createResource(base + "/dumps/sikg.trig"))
                .addProperty(VOID.dataDump, m.createResource(base + "/dumps/sikg.nq"))
                .addProperty(VOID.uriSpace, SIKG.ID_NS)
                .addProperty(VOID.vocabulary, m.createResource(SIKG.ONTOLOGY_IRI))
                .addLiteral(VOID.triples, integer(m, c.servedTriples())).addLiteral(VOID.entities, integer(m, d.entities()))
                .addLiteral(VOID.distinctSubjects, integer(m, d.subjects()))
                .addLiteral(VOID.distinctObjects, integer(m, d.objects()))
                .addLiteral(VOID.properties, integer(m, d.properties().size()))
                .addLiteral(VOID.classes, integer(m, c.classes().size()));
        d.examples().forEach(e -> ds.addProperty(VOID.exampleResource, m.wrapAsResource(e)));
        FORMATS.forEach(f -> ds.addProperty(VOID.feature, m.createResource(SD.FORMATS_NS + f)));
        subset(m, ds, "ontology", "The ontology", c.ontologyTriples());
        subset(m, ds, "facts", "The article's facts, one named graph per fact", c.factTriples());
        subset(m, ds, "provenance", "Provenance of every fact (PROV-O)", c.provenanceTriples());
        subset(m, ds, "inferred", "Entailments materialised by the reasoner (OWL 2 RL and domain rules)",
                c.inferredTriples());
        if (c.hasImportedTriples()) {
            subset(m, ds, "imported", "Imported alliance datasets", c.importedTriples());
        }
        partitions(m, ds, c, d);
        wikidataLinks(m, ds, d.wikidataLinks());
        return tidy(m);
    }

    private static void subset(Model m, Resource ds, String name, String title, long triples) {
        Resource s = m.createResource(VOID_NS + name).addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral(title, "en")).addLiteral(VOID.triples, integer(m, triples));
        ds.addProperty(VOID.subset, s);
    }

    private static void partitions(Model m, Resource ds, DatasetStats.Counts c, DatasetStats.Details d) {
        for (DatasetStats.ClassCount cc : c.classes()) {
            ds.addProperty(VOID.classPartition, m.createResource()
                    .addProperty(VOID._class, m.createResource(cc.type().iri()))
                    .addLiteral(VOID.entities, integer(m, cc.withInference())));
        }
        for (Map.Entry<Node, Long> e : d.properties().entrySet()) {
            if (e.getKey().isURI()) {
                ds.addProperty(VOID.propertyPartition, m.createResource()
                        .addProperty(VOID.property, m.wrapAsResource(e.getKey()))
                        .addLiteral(VOID.triples, integer(m, e.getValue())));
            }
        }
    }

    private static void wikidataLinks(Model m, Resource ds, long links) {
        Resource wikidata = m.createResource(VOID_NS + "wikidata").addProperty(RDF.type, VOID.Dataset)
                .addProperty(DCTerms.title, m.createLiteral("Wikidata", "en"))
                .addProperty(FOAF.homepage, m.createResource("https://www.wikidata.org/"))
                .addProperty(VOID.uriSpace, Prefixes.WIKIDATA_ENTITY);
        ds.addProperty(VOID.subset, m.createResource(VOID_NS + "wikidata-links").addProperty(RDF.type, VOID.Linkset)
                .addProperty(VOID.subjectsTarget, ds).addProperty(VOID.objectsTarget, wikidata)
                .addProperty(VOID.linkPredicate, SKOS.exactMatch).addLiteral(VOID.triples, integer(m, links)));
    }

    /** The Service Description of the query endpoint(s) of a deployment at {@code base}. */
    Model serviceDescription(String base) {
        DatasetStats.Details d = stats.details();
        Model m = model();
        Resource dataset = m.createResource().addProperty(RDF.type, SD.Dataset)
                .addProperty(SD.defaultGraph, m.createResource().addProperty(RDF.type, SD.Graph)
                        .addLiteral(VOID.triples, integer(m, stats.counts().servedTriples())));
        d.graphs().forEach((g, n) -> dataset.addProperty(SD.namedGraph, m.createResource()
                .addProperty(RDF.type, SD.NamedGraph).addProperty(SD.name, m.wrapAsResource(g))
                .addProperty(SD.graph, m.createResource().addProperty(RDF.type, SD.Graph).addLiteral(VOID.triples, integer(m, n)))));
        service(m, base + site.settings().sparqlPath(), dataset, true)
                .addProperty(RDFS.seeAlso, m.createResource(base + "/void"));
        site.settings().assertedSparqlPath().ifPresent(p -> service(m, base + p, null, false));
        return tidy(m);
    }

    private static Resource service(Model m, String endpoint, Resource dataset, boolean reasoned) {
        Resource s = m.createResource(endpoint + "#service").addProperty(RDF.type, SD.Service)
                .addProperty(SD.endpoint, m.createResource(endpoint))
                .addProperty(SD.supportedLanguage, SD.SPARQL11Query)
                .addProperty(SD.feature, SD.UnionDefaultGraph)
                .addProperty(DCTerms.description, m.createLiteral(reasoned
                        ? "SIKG with reasoning: the default graph is the union of the ontology, the asserted facts, "
                                + "their provenance and the OWL 2 RL entailments materialised at load time."
                        : "SIKG without reasoning: the asserted facts, the ontology and provenance only.", "en"));
        RESULT_FORMATS.forEach(f -> s.addProperty(SD.resultFormat, m.createResource(SD.FORMATS_NS + f)));
        if (reasoned) {
            s.addProperty(SD.defaultEntailmentRegime, m.createResource(SD.ENTAILMENT_NS + "OWL-RDF-Based"))
                    .addProperty(SD.defaultSupportedEntailmentProfile, m.createResource(SD.OWL_PROFILE_NS + "RL"))
                    .addProperty(SD.defaultDataset, dataset);
        } else {
            s.addProperty(SD.defaultEntailmentRegime, m.createResource(SD.ENTAILMENT_NS + "Simple"));
        }
        return s;
    }

    /** Counts as xsd:integer, as VoID's examples write them. */
    private static Literal integer(Model m, long n) {
        return m.createTypedLiteral(BigInteger.valueOf(n));
    }

    /** Keeps only the prefixes the document uses. */
    static Model tidy(Model m) {
        PrefixMapping used = Prefixes.used(m.getGraph(), m);
        m.clearNsPrefixMap();
        m.setNsPrefixes(used);
        return m;
    }

    private Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(site.prefixes());
        m.setNsPrefix("formats", SD.FORMATS_NS);
        m.setNsPrefix("foaf", FOAF.NS);
        m.setNsPrefix("sikgvoid", VOID_NS);
        return m;
    }
}
