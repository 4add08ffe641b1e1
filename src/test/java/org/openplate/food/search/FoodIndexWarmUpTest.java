package org.openplate.food.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start's warm-up of the search library runs a whole write, search and read, and leaves nothing behind. */
class FoodIndexWarmUpTest {

    @Test
    void theWarmUpRunsToTheEndAndDeletesItsScratchIndex(@TempDir Path parent) throws Exception {
        assertTrue(FoodIndex.warmUp(parent), "indexing, searching and reading the scratch index all worked");
        try (var left = Files.list(parent)) {
            assertEquals(0, left.count(), "the scratch index is deleted");
        }
    }

    @Test
    void withoutAWritablePlaceTheWarmUpIsSkippedQuietly(@TempDir Path parent) throws Exception {
        Path file = Files.writeString(parent.resolve("not-a-directory"), "x");
        assertFalse(FoodIndex.warmUp(file), "no scratch directory can be made under a file");
        assertEquals("x", Files.readString(file));
    }
}
