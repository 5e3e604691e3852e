package org.w3id.sikg.web;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value computed from the store on first use and kept until {@link #invalidate()} (the store only changes when it
 * is reloaded, after which the server calls {@link WebModule#invalidateCaches()}).
 */
final class Cached<T> {

    private final Supplier<T> compute;
    private final AtomicReference<T> value = new AtomicReference<>();

    Cached(Supplier<T> compute) {
        this.compute = compute;
    }

    T get() {
        T v = value.get();
        if (v == null) {
            v = compute.get();
            value.compareAndSet(null, v);
        }
        return v;
    }

    void invalidate() {
        value.set(null);
    }
}
