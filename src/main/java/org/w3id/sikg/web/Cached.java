package org.w3id.sikg.web;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value computed from the store on first use and kept until {@link #invalidate()} (the store only changes when it
 * is reloaded, after which the server calls {@link WebModule#invalidateCaches()}). A value whose computation began
 * before an invalidation is returned to its own caller but not kept, so a computation that read the old store while
 * a reload committed can never outlive the reload.
 */
final class Cached<T> {

    private final Supplier<T> compute;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Entry<T>> value = new AtomicReference<>();

    private record Entry<T>(T value, long generation) {
    }

    Cached(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        long current = generation.get();
        Entry<T> e = value.get();
        if (e != null && e.generation() == current) {
            return e.value();
        }
        T v = compute.get();
        value.accumulateAndGet(new Entry<>(v, current),
                (kept, computed) -> kept != null && kept.generation() > computed.generation() ? kept : computed);
        return v;
    }

    void invalidate() {
        generation.incrementAndGet();
    }
}
