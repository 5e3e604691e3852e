package org.w3id.sikg.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap of this JVM every few milliseconds on a daemon thread and keeps the maximum: the peak heap of
 * a phase, garbage not yet collected included (which is what the JVM must have room for). Use in try-with-resources
 * around one phase.
 */
public final class HeapSampler implements AutoCloseable {

    /** Sampling period. */
    public static final long PERIOD_MS = 10;

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    private HeapSampler() {
        sample();
        thread = new Thread(this::loop, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts sampling now. */
    public static HeapSampler start() {
        return new HeapSampler();
    }

    /** The heap used now. */
    public static long usedNow() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** Asks for a full collection and returns the heap used after it (the live data, approximately). */
    public static long usedAfterGc() {
        System.gc();
        return usedNow();
    }

    /** The largest used heap seen so far, in bytes. */
    public long peakBytes() {
        sample();
        return peak.get();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sample() {
        peak.accumulateAndGet(usedNow(), Math::max);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
