package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openplate.App;
import org.openplate.food.usda.FoodBundle;

class CuratedNamesTest {

    @Test
    void everyCuratedNameNamesOneBundledFoodAndNoTwoAreAlike() {
        Set<String> names = new HashSet<>();
        List<String> found = new ArrayList<>();
        FoodBundle.read(App.class.getResourceAsStream("/foods/usda-sr24.tsv.gz"), f ->
                CuratedNames.of("usda-sr24", f.sourceId()).ifPresent(n -> {
                    found.add(f.sourceId());
                    assertTrue(names.add(n.toLowerCase(java.util.Locale.ROOT)), "curated twice: " + n);
                }));
        assertEquals(CuratedNames.size(), found.size(), "every curated id is a food of the bundle");
        assertTrue(found.size() >= 40, "the most-logged foods: " + found.size());
    }
}
