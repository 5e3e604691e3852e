package org.w3id.sikg.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Baseline B1's child JVM: the real worker on the fixture, and a stuck child that must be killed. */
class B1ClientTest {

    @TempDir
    Path tmp;

    @Test
    void theWorkerAnswersWithJenasInfModelInAChildJvm() {
        LubmInput input = LubmInput.read(BenchFixtures.lubmMini());
        List<String> cmd = B1Client.workerCommand(BenchFixtures.lubmMini(), 2, 256L << 20);
        try (B1Client client = new B1Client(cmd, tmp.resolve("b1.log"), 60_000, 120_000)) {
            assertThat(client.start()).isPositive();
            List<QueryTiming> t = new QueryTimer(0, 1).measure("B1", client, input.queries(), 2);
            assertThat(t).filteredOn(QueryTiming::complete).hasSize(12);
            assertThat(client.restarts()).isZero();
            assertThat(client.peakHeapBytes()).isPositive();
            assertThat(client.setupMillis()).hasSize(1);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aQueryThatDoesNotAnswerInTimeKillsTheChildAndTheNextQueryStartsAFreshOne() {
        List<String> stuck = List.of("sh", "-c", "echo 'ready setup_ms=1.0 base=0'; sleep 60");
        LubmQuery q = LubmInput.read(BenchFixtures.lubmMini()).queries().get(0);
        try (B1Client client = new B1Client(stuck, tmp.resolve("b1.log"), 300, 10_000)) {
            long t0 = System.nanoTime();
            QueryOutcome o = client.run(q);
            assertThat(o.status()).isEqualTo(QueryOutcome.Status.TIMEOUT);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(20);
            assertThat(client.run(q).status()).isEqualTo(QueryOutcome.Status.TIMEOUT);
            assertThat(client.restarts()).isEqualTo(1);
        }
    }

    @Test
    void protocolFieldsAreParsed() {
        Map<String, String> kv = B1Client.fields("result q9 rows=208 ms=10.5 heap=123");
        assertThat(kv).containsEntry("rows", "208").containsEntry("ms", "10.5").containsEntry("heap", "123");
        assertThat(B1Client.fields("error q2 ms=3.0 msg=java.lang.X: a b=c")).containsEntry("msg", "java.lang.X: a b=c")
                .containsEntry("ms", "3.0");
    }
}
