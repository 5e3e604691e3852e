package org.w3id.sikg.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.SikgException;

/**
 * Writes SIKG's named graphs to any SPARQL 1.1 Graph Store Protocol endpoint (e.g. a Fuseki replicated with RDF
 * Delta, GraphDB): one HTTP PUT per named graph ({@code ?graph=<iri>}), which replaces that graph. The standard
 * protocol has no multi-graph transaction: each graph is replaced atomically, the set of graphs is not.
 *
 * <pre>{@code
 * RemoteStore.publish(build.dataset(), "http://localhost:3030/kg/data");
 * }</pre>
 */
public final class RemoteStore {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteStore.class);

    private RemoteStore() {
    }

    /**
     * PUTs every named graph of {@code dataset} to the Graph Store Protocol endpoint {@code url}.
     *
     * @return the number of graphs written
     * @throws SikgException REMOTE-001 when the endpoint cannot be reached or refuses a graph
     */
    public static int publish(DatasetGraph dataset, String url) {
        List<Node> graphs = new ArrayList<>();
        dataset.listGraphNodes().forEachRemaining(graphs::add);
        graphs.sort(Comparator.comparing(Node::getURI));
        long start = System.nanoTime();
        try (RDFConnection conn = RDFConnection.connect(url)) {
            for (Node g : graphs) {
                conn.put(g.getURI(), ModelFactory.createModelForGraph(dataset.getGraph(g)));
            }
        } catch (HttpException e) {
            throw failure(url, e.getStatusCode() > 0 ? "HTTP " + e.getStatusCode() + " " + e.getStatusLine()
                    : String.valueOf(rootCause(e).getMessage()));
        } catch (QueryException | RiotException | IllegalArgumentException e) {
            throw failure(url, e.getMessage());
        }
        LOG.info("wrote {} graphs to {} in {} ms", graphs.size(), url, (System.nanoTime() - start) / 1_000_000);
        return graphs.size();
    }

    private static SikgException failure(String url, String why) {
        return new SikgException(ErrorCode.REMOTE_FAILURE, url, "the Graph Store Protocol endpoint failed: " + why);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }
}
