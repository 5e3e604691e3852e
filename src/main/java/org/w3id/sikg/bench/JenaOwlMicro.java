package org.w3id.sikg.bench;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Jena's OWL Micro rule reasoner set up as a Jena user does: ontology and data in ONE base graph, which is what a
 * Fuseki {@code ja:InfModel} with {@code ja:content} gives. (Binding the ontology separately with
 * {@code bindSchema}, like {@code ja:schema}, is faster but silently misses answers: see
 * shared/notes/reasoning-baseline.md.)
 */
public final class JenaOwlMicro {

    private JenaOwlMicro() {
    }

    /** A new graph holding the ontology and the data. */
    public static Graph baseGraph(Graph ontology, Graph data) {
        Graph base = GraphFactory.createGraphMem();
        ontology.find().forEachRemaining(base::add);
        data.find().forEachRemaining(base::add);
        return base;
    }

    /** B1: the OWL Micro InfModel over the base graph (query-time reasoning); not prepared yet. */
    public static InfModel infModel(Graph base) {
        return ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ModelFactory.createModelForGraph(base));
    }

    /** B2: Jena's materialisation, every triple of the OWL Micro InfModel copied into a plain in-memory graph. */
    public static Graph closure(Graph ontology, Graph data) {
        InfModel inf = infModel(baseGraph(ontology, data));
        Graph closure = GraphFactory.createGraphMem();
        inf.getGraph().find().forEachRemaining(closure::add);
        inf.close();
        return closure;
    }
}
