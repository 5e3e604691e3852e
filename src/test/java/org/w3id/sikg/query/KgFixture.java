package org.w3id.sikg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.query.Query;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/** The test store: {@code server/kg-fixture.trig} in TDB2, in memory or on disk, and the test queries. */
public final class KgFixture {

    public static final String TRIG = "/server/kg-fixture.trig";

    private KgFixture() {
    }

    /** A fresh in-memory TDB2 store holding the fixture. */
    public static DatasetGraph memoryStore() {
        return load(DatabaseMgr.createDatasetGraph());
    }

    /** A TDB2 store on disk at {@code dir} holding the fixture; the caller closes it (or expels it). */
    public static DatasetGraph diskStore(Path dir) {
        return load(DatabaseMgr.connectDatasetGraph(dir.toString()));
    }

    /** The fixture in a plain in-memory dataset (no views, no TDB2): the oracle of the view tests. */
    public static DatasetGraph plain() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> RDFParser.source(resource(TRIG)).lang(Lang.TRIG).parse(dsg));
        return dsg;
    }

    private static DatasetGraph load(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> RDFParser.source(resource(TRIG)).lang(Lang.TRIG).parse(dsg));
        return dsg;
    }

    /** The text of a classpath resource. */
    public static String text(String resource) {
        try (InputStream in = KgFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test query by file name, from {@code /server/queries/}. */
    public static Query query(String name) {
        return QueryFiles.parse(text("/server/queries/" + name), name, "http://example.org/base/");
    }

    private static Path resource(String name) {
        try {
            return Path.of(KgFixture.class.getResource(name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
