package org.openplate.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void theValueIsMadeOnFirstUseOnceAndSharedByEveryThread() throws Exception {
        AtomicInteger made = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        Lazy<List<String>> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return new ArrayList<>(List.of("made"));
        });
        assertEquals(0, made.get(), "nothing is made before it is asked for");
        assertFalse(lazy.isMade());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> got = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                got.add(pool.submit(() -> {
                    go.await();
                    return lazy.get();
                }));
            }
            go.countDown();
            List<String> first = got.get(0).get();
            for (Future<List<String>> f : got) {
                assertSame(first, f.get(), "every thread sees the one value");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, made.get());
        assertTrue(lazy.isMade());
    }

    @Test
    void aFailedMakeIsTriedAgainAndANullValueIsRefused() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> flaky = Lazy.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("resource missing");
            }
            return "second time";
        });
        assertThrows(IllegalStateException.class, flaky::get);
        assertFalse(flaky.isMade());
        assertEquals("second time", flaky.get());
        assertEquals("second time", flaky.get());
        assertEquals(2, calls.get());
        assertThrows(NullPointerException.class, () -> Lazy.of(() -> null).get());
    }
}
