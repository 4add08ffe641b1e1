package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openplate.App;

/** {@link JsonBytes} gives the bytes the mapper would, whatever the size, and requests never share a buffer. */
class JsonBytesTest {

    private final ObjectMapper json = App.objectMapper();

    private static Map<String, Object> value(int items, int seed) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            list.add(Map.of("id", seed * 100_000L + i, "name", "food " + seed + "/" + i + " \u00e9\u2014\"",
                    "kcal", (seed * 7 + i) / 100.0));
        }
        return Map.of("seed", seed, "items", list);
    }

    @Test
    void smallGrowingAndOversizedValuesAreTheMappersBytes() throws Exception {
        for (int items : new int[] {0, 1, 100, 400, 5_000, 20_000}) {   // from a few bytes to ~1 MB
            Map<String, Object> v = value(items, items);
            assertArrayEquals(json.writeValueAsBytes(v), JsonBytes.of(json, "value", g -> json.writeValue(g, v)), items + " items");
        }
        assertTrue(JsonBytes.pooled() <= JsonBytes.POOLED);
    }

    @Test
    void concurrentRequestsEachGetTheirOwnAnswer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int seed = t;
                checks.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        Map<String, Object> v = value(50 + seed * 10 + i, seed * 1000 + i);
                        if (!java.util.Arrays.equals(json.writeValueAsBytes(v), JsonBytes.of(json, "value", g -> json.writeValue(g, v)))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> c : checks) {
                assertTrue(c.get(), "an answer written alongside others came out as written alone");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
