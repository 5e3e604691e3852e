package org.w3id.sikg.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;

/** Shared fixtures of the bench tests: the hand-made {@code lubm-mini} directory and a stand-in engine. */
final class BenchFixtures {

    private BenchFixtures() {
    }

    /** {@code src/test/resources/bench/lubm-mini}: a LUBM-shaped input small enough for unit tests. */
    static Path lubmMini() {
        try {
            return Path.of(BenchFixtures.class.getResource("/bench/lubm-mini/univ-bench.ttl").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A stand-in for SIKG's engine behind the {@link ClosureEngine} seam: Jena's OWL Micro closure. Lets the tests
     * exercise the SIKG code path of the workload and its reports without the real engine; never used outside tests.
     */
    static ClosureEngine standInEngine() {
        return new ClosureEngine() {
            @Override
            public String name() {
                return "stand-in (Jena OWL Micro closure)";
            }

            @Override
            public Graph materialise(Graph ontology, Graph data, boolean recordDerivations) {
                Graph closure = JenaOwlMicro.closure(ontology, data);
                Graph copy = GraphFactory.createGraphMem();
                closure.find().forEachRemaining(copy::add);
                return copy;
            }
        };
    }
}
