package org.openplate.module;

import java.time.Duration;

/**
 * Background work a feature asks the server to run: once after {@code delay} when {@code every} is
 * null, otherwise repeatedly with {@code every} between runs. Jobs are safe on every instance (the
 * database deduplicates what must happen once) and must not throw: the scheduler logs and carries on.
 */
public record Job(String name, Duration delay, Duration every, Runnable task) {

    public static Job once(String name, Runnable task) {
        return new Job(name, Duration.ZERO, null, task);
    }

    public static Job every(String name, Duration delay, Duration every, Runnable task) {
        return new Job(name, delay, every, task);
    }
}
