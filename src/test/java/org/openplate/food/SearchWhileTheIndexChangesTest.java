package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.openplate.account.UserId;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/**
 * Searches that run while foods are being added find what they found before: the search keeps what it learnt
 * of each index version (word facts, term states, typo expansions, whole answers), and none of it may leak
 * into another version or between searches running at once.
 */
class SearchWhileTheIndexChangesTest {

    private static final List<String> QUERIES = List.of("2% milk", "oatmeal", "chicken breast", "banana",
            "chiken brest", "apple raw", "brown rice", "cheddar cheese", "whole wheat bread", "egg");

    @Test
    void everySearchFindsFoodsWhileOthersRunAndTheIndexChanges() throws Exception {
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            FoodService foods = app.app().foods();
            long owner = app.app().database().jdbi().withHandle(h -> h.createQuery(
                            "INSERT INTO users (email, password_hash, created_at) VALUES ('owner@example.org', 'x', 0) RETURNING id")
                    .mapTo(Long.class).one());
            for (String q : QUERIES) {
                assertFalse(foods.search(q, null, Set.of(), 10).isEmpty(), q);
            }
            AtomicBoolean done = new AtomicBoolean();
            AtomicLong viewer = new AtomicLong(1_000_000);
            AtomicLong searches = new AtomicLong();
            ConcurrentLinkedQueue<String> empty = new ConcurrentLinkedQueue<>();
            ExecutorService pool = Executors.newFixedThreadPool(7);
            CountDownLatch started = new CountDownLatch(6);
            try {
                List<Future<?>> searchers = new java.util.ArrayList<>();
                for (int t = 0; t < 6; t++) {
                    int first = t;
                    searchers.add(pool.submit(() -> {
                        started.countDown();
                        for (int i = first; !done.get(); i++) {
                            String q = QUERIES.get(i % QUERIES.size());
                            // a viewer of its own each time: the whole answer is never remembered from before
                            UserId who = new UserId(viewer.incrementAndGet());
                            if (foods.find(q, who, Set.of(), 10).items().isEmpty()) {
                                empty.add(q + " (search " + i + ")");
                            }
                            searches.incrementAndGet();
                        }
                        return null;
                    }));
                }
                started.await();
                // meanwhile, custom foods are created, each a new index version
                for (int i = 0; i < 40; i++) {
                    foods.createCustom(new UserId(owner), new CustomFoodRequest("Milk shake number " + i, null,
                            "1 glass", 250, null, Map.of("energy", 200.0 + i)));
                }
                done.set(true);
                for (Future<?> f : searchers) {
                    f.get();
                }
            } finally {
                done.set(true);
                pool.shutdown();
            }
            assertEquals(List.of(), List.copyOf(empty), "searches that found nothing, of " + searches.get());
            for (String q : QUERIES) {
                assertFalse(foods.search(q, null, Set.of(), 10).isEmpty(), q + ", afterwards");
            }
        }
    }
}
