package org.w3id.sikg.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.sikg.error.ErrorCode;

/**
 * {@code /dumps/sikg.trig} and {@code /dumps/sikg.nq}: the whole store, every named graph, streamed from one read
 * transaction (a consistent snapshot, constant memory).
 */
final class DumpServlet extends WebServlet {

    private static final Map<String, Variant> DUMPS = Map.of("/sikg.trig", Variant.TRIG, "/sikg.nq", Variant.NQUADS);

    DumpServlet(Site site) {
        super(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Variant v = req.getPathInfo() == null ? null : DUMPS.get(req.getPathInfo());
        if (v == null) {
            throw problem(ErrorCode.WEB_NOT_FOUND, req, "the dumps are /dumps/sikg.trig and /dumps/sikg.nq");
        }
        resp.setContentType(v.contentType());
        resp.setHeader("Content-Disposition", "attachment; filename=\"sikg" + v.suffix() + "\"");
        OutputStream out = resp.getOutputStream();
        site.queries().read(() -> {
            write(site.queries().dataset(), v == Variant.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.NQUADS, out);
            return null;
        });
    }

    private void write(DatasetGraph dataset, RDFFormat format, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, format);
        stream.start();
        site.prefixes().getNsPrefixMap().forEach(stream::prefix);
        dataset.find().forEachRemaining(stream::quad);
        stream.finish();
    }
}
