package org.openplate.common;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use, once, and shared by every thread afterwards: for start-up work (reading a
 * bundled resource, building an index, rendering Markdown) that the server's start need not wait for.
 * The maker runs at most once while it succeeds; if it throws, the next {@link #get()} tries again.
 * The value must not be null.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<? extends T> maker;
    private volatile T value;

    private Lazy(Supplier<? extends T> maker) {
        this.maker = Objects.requireNonNull(maker, "maker");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> maker) {
        return new Lazy<>(maker);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = Objects.requireNonNull(maker.get(), "a lazy value must not be null");
                    value = v;
                }
            }
        }
        return v;
    }

    /** Whether the value has been made (without making it). */
    public boolean isMade() {
        return value != null;
    }
}
