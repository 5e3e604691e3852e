package org.w3id.sikg.testing;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;

/** The one golden-file helper: asserts that datasets or graphs are isomorphic and shows the difference if not. */
public final class RdfAssert {

    private RdfAssert() {
    }

    /** Asserts that {@code actual} is isomorphic to the TriG/N-Quads file {@code expected}. */
    public static void assertIsomorphic(Path expected, DatasetGraph actual) {
        assertIsomorphic(RDFDataMgr.loadDatasetGraph(expected.toString()), actual, expected.toString());
    }

    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual, String what) {
        if (!IsoMatcher.isomorphic(expected, actual)) {
            fail("datasets differ from " + what + "\n" + diff(quads(expected), quads(actual)));
        }
    }

    public static void assertIsomorphic(Graph expected, Graph actual, String what) {
        if (!expected.isIsomorphicWith(actual)) {
            List<String> e = new ArrayList<>();
            List<String> a = new ArrayList<>();
            expected.find().forEach(t -> e.add(NodeFmtLib.str(t)));
            actual.find().forEach(t -> a.add(NodeFmtLib.str(t)));
            fail("graphs differ from " + what + "\n" + diff(new TreeSet<>(e), new TreeSet<>(a)));
        }
    }

    private static Set<String> quads(DatasetGraph dsg) {
        Set<String> s = new TreeSet<>();
        dsg.find().forEachRemaining(q -> s.add(NodeFmtLib.str(q.isDefaultGraph() ? Quad.create(Quad.defaultGraphIRI,
                q.asTriple()) : q)));
        return s;
    }

    private static String diff(Set<String> expected, Set<String> actual) {
        StringBuilder sb = new StringBuilder();
        expected.stream().filter(q -> !actual.contains(q)).limit(40).forEach(q -> sb.append("- ").append(q).append('\n'));
        actual.stream().filter(q -> !expected.contains(q)).limit(40).forEach(q -> sb.append("+ ").append(q).append('\n'));
        return sb.append("(blank nodes may make equal quads look different)").toString();
    }
}
