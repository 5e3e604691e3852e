package org.w3id.sikg.bench;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives HTTP requests at a server: sequentially for latency, or from several client threads for throughput and
 * the load test. Each client cycles through the request mix starting at its own offset.
 */
public final class LoadRunner {

    private final SparqlHttp http;

    public LoadRunner(SparqlHttp http) {
        this.http = http;
    }

    /**
     * What a concurrent run measured (after its warm-up).
     *
     * @param clients client threads
     * @param seconds measured duration
     * @param errors requests that failed
     * @param samples latency of each successful request, in nanoseconds
     * @param firstErrors up to 10 error messages, for the report
     */
    public record Result(int clients, double seconds, long errors, long[] samples, List<String> firstErrors) {

        /** Requests answered 200. */
        public long ok() {
            return samples.length;
        }

        /** Latency statistics of the successful requests. */
        public LatencyStats latency() {
            return LatencyStats.ofNanos(samples);
        }

        /** Successful requests per second. */
        public double rps() {
            return seconds > 0 ? ok() / seconds : Double.NaN;
        }
    }

    /** Sends the mix {@code rounds} times in order, one request at a time, after {@code warmupRounds} unmeasured. */
    public Result sequential(List<HttpRequest> mix, int warmupRounds, int rounds) {
        for (int r = 0; r < warmupRounds; r++) {
            mix.forEach(http::send);
        }
        List<Long> nanos = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (HttpRequest req : mix) {
                record(http.send(req), nanos, errors);
            }
        }
        double s = BenchStore.millisSince(t0) / 1000;
        return new Result(1, s, errors.size(), array(nanos), head(errors));
    }

    /** {@code clients} threads send the mix for {@code warmup}, then for {@code duration} measured. */
    public Result concurrent(List<HttpRequest> mix, int clients, Duration warmup, Duration duration)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + duration.toNanos();
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicLong lastEnd = new AtomicLong(measureFrom);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                try {
                    clientLoop(mix, offset, measureFrom, end, nanos, errors, lastEnd);
                } finally {
                    done.countDown();
                }
            }, "bench-client-" + c);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double s = (lastEnd.get() - measureFrom) / 1e9;
        return new Result(clients, s, errors.size(), array(nanos), head(errors));
    }

    private void clientLoop(List<HttpRequest> mix, int offset, long measureFrom, long end, List<Long> nanos,
            List<String> errors, AtomicLong lastEnd) {
        List<Long> mine = new ArrayList<>();
        List<String> myErrors = new ArrayList<>();
        for (int i = offset; System.nanoTime() < end; i++) {
            long sentAt = System.nanoTime();
            SparqlHttp.Sample s = http.send(mix.get(i % mix.size()));
            if (sentAt >= measureFrom) {
                record(s, mine, myErrors);
            }
        }
        lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
        nanos.addAll(mine);
        errors.addAll(myErrors);
    }

    private static void record(SparqlHttp.Sample s, List<Long> nanos, List<String> errors) {
        if (s.ok()) {
            nanos.add(s.nanos());
        } else {
            errors.add(s.error());
        }
    }

    private static long[] array(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<String> head(List<String> errors) {
        return List.copyOf(errors.subList(0, Math.min(10, errors.size())));
    }
}
