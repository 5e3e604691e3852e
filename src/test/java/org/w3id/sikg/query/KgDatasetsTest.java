package org.w3id.sikg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two views answer every query exactly as an independent oracle does: a plain in-memory dataset whose default
 * graph is the union of the view's named graphs, computed here without any view code.
 */
class KgDatasetsTest {

    private static DatasetGraph store;

    @BeforeAll
    static void open() {
        store = KgFixture.memoryStore();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alliances.rq", "alliance-path.rq", "graphs.rq", "states.rq", "count-all.rq",
        "describe-us.rq", "construct-alliances.rq", "ask-inferred.rq", "not-exists.rq", "graph-inferred.rq",
        "part-of.rq"})
    void bothViewsAnswerAsTheOracle(String name) {
        Query query = KgFixture.query(name);
        for (KgView view : KgView.values()) {
            DatasetGraph dataset = KgDatasets.view(store, view);
            Object actual = Txn.calculateRead(dataset, () -> answer(dataset, query));
            Object expected = answer(oracle(view), query);
            if (expected instanceof Graph g) {
                assertThat(((Graph) actual).isIsomorphicWith(g)).as(name + " over " + view).isTrue();
            } else {
                assertThat(actual).as(name + " over " + view).isEqualTo(expected);
            }
        }
    }

    @Test
    void inferredTriplesAreInTheUnionAndNotInTheAssertedView() {
        Query query = KgFixture.query("alliances.rq");
        List<Binding> all = rows(KgView.ALL, query);
        List<Binding> asserted = rows(KgView.ASSERTED, query);
        assertThat(all).hasSize(4);
        assertThat(asserted).hasSize(2).isSubsetOf(all);
        assertThat(rows(KgView.ASSERTED, KgFixture.query("alliance-path.rq"))).isEmpty();
        assertThat(rows(KgView.ALL, KgFixture.query("alliance-path.rq"))).hasSize(3);
    }

    @Test
    void aTripleBothAssertedAndInferredIsServedOnceInEachView() {
        for (KgView view : KgView.values()) {
            List<Binding> states = rows(view, KgFixture.query("states.rq"));
            long japan = states.stream().filter(b -> b.toString().contains("/id/japan>")).count();
            assertThat(japan).as(view.name()).isEqualTo(1);
        }
    }

    @Test
    void theAssertedViewIsReadOnlyAndHidesTheInferredGraphByName() {
        DatasetGraph asserted = KgDatasets.view(store, KgView.ASSERTED);
        Txn.executeRead(asserted, () -> {
            assertThat(asserted.containsGraph(KgView.INFERRED)).isFalse();
            assertThat(asserted.getGraph(KgView.INFERRED).isEmpty()).isTrue();
            assertThat(asserted.listGraphNodes()).toIterable().doesNotContain(KgView.INFERRED);
        });
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Txn.executeWrite(asserted,
                () -> asserted.add(Quad.create(KgView.INFERRED, Triple.create(KgView.INFERRED, KgView.INFERRED,
                        KgView.INFERRED))))).isInstanceOf(UnsupportedOperationException.class);
    }

    private static List<Binding> rows(KgView view, Query query) {
        DatasetGraph dataset = KgDatasets.view(store, view);
        return Txn.calculateRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                List<Binding> out = new ArrayList<>();
                exec.select().forEachRemaining(out::add);
                return out;
            }
        });
    }

    /** The result of a query, in a comparable form: rows in order, a boolean, or a graph. */
    static Object answer(DatasetGraph dataset, Query query) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<String> out = new ArrayList<>();
                rows.forEachRemaining(b -> out.add(canonical(b)));
                return out;
            }
            if (query.isAskType()) {
                return exec.ask();
            }
            return query.isConstructType() ? exec.construct() : exec.describe();
        }
    }

    /** A binding as text with its variables in name order (bindings print in the order the engine bound them). */
    static String canonical(Binding b) {
        List<String> parts = new ArrayList<>();
        b.vars().forEachRemaining(v -> parts.add(v.getVarName() + "=" + b.get(v)));
        parts.sort(null);
        return String.join(" ", parts);
    }

    /** The fixture with the view's named graphs and their union, computed here, as the default graph. */
    static DatasetGraph oracle(KgView view) {
        DatasetGraph plain = KgFixture.plain();
        DatasetGraph oracle = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(oracle, () -> {
            Iterator<Quad> quads = plain.find();
            while (quads.hasNext()) {
                Quad q = quads.next();
                Node g = q.getGraph();
                if (!Quad.isDefaultGraph(g) && view.shows(g)) {
                    oracle.add(q);
                    oracle.getDefaultGraph().add(q.asTriple());
                }
            }
        });
        return oracle;
    }
}
