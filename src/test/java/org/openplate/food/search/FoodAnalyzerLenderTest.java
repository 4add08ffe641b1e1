package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import org.openplate.search.LentAnalyzers;

/** Lent analyzers keep their components from one thread to the next, and no two callers share one at once. */
class FoodAnalyzerLenderTest {

    private static TokenStream stream(Analyzer a) {
        TokenStream ts = a.tokenStream(FoodIndex.TEXT, "Bananas, raw");
        try {
            ts.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ts;
    }

    @Test
    void aNewThreadReusesTheComponentsTheLastCallerLeft() throws Exception {
        LentAnalyzers lender = new LentAnalyzers(FoodAnalyzer::new, 4);
        AtomicReference<TokenStream> first = new AtomicReference<>();
        AtomicReference<TokenStream> second = new AtomicReference<>();
        Thread a = new Thread(() -> first.set(lender.with(FoodAnalyzerLenderTest::stream)));
        a.start();
        a.join();
        Thread b = new Thread(() -> second.set(lender.with(FoodAnalyzerLenderTest::stream)));
        b.start();
        b.join();
        assertSame(first.get(), second.get(), "the second thread analysed with the first one's components");
        // an analyzer used the usual way builds new components on each new thread
        FoodAnalyzer plain = new FoodAnalyzer();
        Thread c = new Thread(() -> first.set(stream(plain)));
        c.start();
        c.join();
        Thread d = new Thread(() -> second.set(stream(plain)));
        d.start();
        d.join();
        assertTrue(first.get() != second.get());
    }

    @Test
    void callersAtOnceEachHaveTheirOwnAndGetTheSameWordsAsAPlainAnalyzer() throws Exception {
        LentAnalyzers lender = new LentAnalyzers(FoodAnalyzer::new, 4);
        List<String> names = List.of("Bananas, raw", "Crème brûlée", "Milk, 2% fat", "Tomatoes with berries",
                "Chicken breast, roasted", "Oatmeal, cooked without salt");
        FoodSearch search = new FoodSearch(null);
        List<List<String>> expected = new ArrayList<>();
        for (String n : names) {
            expected.add(WeightedTerms.terms(new FoodAnalyzer(), n).stream().distinct().toList());
        }
        int callers = 12;
        CyclicBarrier together = new CyclicBarrier(callers);
        Set<Analyzer> held = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int t = 0; t < callers; t++) {
                int me = t;
                done.add(pool.submit(() -> lender.with(a -> {
                    held.add(a);
                    try {
                        together.await(10, TimeUnit.SECONDS); // every caller holds one at the same moment
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    String name = names.get(me % names.size());
                    List<String> words = new ArrayList<>();
                    for (String w : WeightedTerms.terms(a, name)) {
                        if (!words.contains(w)) {
                            words.add(w);
                        }
                    }
                    return words.equals(expected.get(me % names.size()));
                })));
            }
            for (Future<Boolean> f : done) {
                assertTrue(f.get(20, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(callers, held.size(), "no analyzer was lent to two callers at once");
        assertTrue(lender.idle() <= 4, "at most 4 wait between callers, not " + lender.idle());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(expected.get(i), search.terms(names.get(i)));
        }
    }
}
