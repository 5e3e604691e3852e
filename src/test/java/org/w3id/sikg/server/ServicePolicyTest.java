package org.w3id.sikg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.w3id.sikg.query.KgFixture;

class ServicePolicyTest {

    private final ServicePolicy policy = new ServicePolicy(List.of(URI.create("http://allowed.example/sparql")));

    @Test
    void findsServiceClausesWhereverTheyHide() {
        for (String name : new String[] {"service-remote.rq", "service-variable.rq", "service-in-exists.rq"}) {
            Query q = QueryFactory.create(KgFixture.text("/server/queries/" + name).replace("ENDPOINT", "urn:x:e"));
            assertThat(ServicePolicy.serviceEndpoints(q)).as(name).hasSize(1);
            assertThat(policy.refusal(q)).as(name).isPresent();
        }
        Query allowed = QueryFactory.create(KgFixture.text("/server/queries/service-remote.rq")
                .replace("ENDPOINT", "http://allowed.example/sparql"));
        assertThat(policy.refusal(allowed)).isEmpty();
    }

    @Test
    void theExecutionGuardRefusesWhatTheStaticCheckWouldHave() {
        Query q = QueryFactory.create(KgFixture.text("/server/queries/service-remote.rq")
                .replace("ENDPOINT", "http://127.0.0.1:9/not-allowed"));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Context context = Context.setupContextForDataset(ARQ.getContext(), dsg);
        policy.configure(context, 1000);
        try (QueryExec exec = QueryExec.newBuilder().dataset(dsg).query(q).context(context).build()) {
            assertThatThrownBy(() -> exec.select().hasNext()).isInstanceOf(QueryDeniedException.class)
                    .hasMessageContaining("not on this server's allowlist");
        }
    }
}
