package org.openplate.nutrition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NutrientAmountsTest {

    private static final List<Nutrient> ALL = NutrientCatalog.all();

    @Test
    void unknownIsNotZero() {
        NutrientAmounts a = NutrientAmounts.of(Map.of("energy", 0.0, "protein", 3.5));
        assertEquals(0.0, a.get("energy").getAsDouble());
        assertTrue(a.has("energy"), "a measured 0 is known");
        assertFalse(a.get("iron").isPresent(), "never given: unknown");
        assertNull(a.orNull("iron"));
        assertFalse(a.has("no_such_nutrient"));
        assertEquals(2, a.knownCount());
        assertTrue(NutrientAmounts.NONE.isEmpty());
        Map<String, Double> withNull = new HashMap<>();
        withNull.put("fat", null);
        assertTrue(NutrientAmounts.of(withNull).isEmpty(), "a null value is unknown");
    }

    @Test
    void factoriesRejectWhatCannotBeAnAmount() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.1}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NutrientAmounts.of(Map.of("iron", bad)));
            assertTrue(e.getMessage().startsWith("iron "), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> NutrientAmounts.of(Map.of("unobtainium", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> NutrientAmounts.builder().put("energy", -1));
        NutrientAmounts a = NutrientAmounts.of(Map.of("iron", 1.0));
        assertThrows(IllegalArgumentException.class, () -> a.scale(-1));
        assertThrows(IllegalArgumentException.class, () -> a.scale(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> a.divide(0));
        assertThrows(IllegalArgumentException.class, () -> a.forGrams(Double.POSITIVE_INFINITY));
        assertThrows(ArithmeticException.class, () -> NutrientAmounts.of(Map.of("iron", Double.MAX_VALUE))
                .plus(NutrientAmounts.of(Map.of("iron", Double.MAX_VALUE))));
    }

    @Test
    void measuredLeavesOutFiguresThatCannotBeAmounts() {
        Map<String, Double> source = new LinkedHashMap<>();
        source.put("energy", 89.0);
        source.put("iron", -2.0);
        source.put("unobtainium", 5.0);
        source.put("fat", null);
        NutrientAmounts a = NutrientAmounts.measured(source);
        assertEquals(NutrientAmounts.of(Map.of("energy", 89.0)), a);
    }

    @Test
    void plusKeepsUnknownApartAndScaleKeepsItUnknown() {
        NutrientAmounts a = NutrientAmounts.of(Map.of("energy", 100.0, "vitamin_c", 10.0));
        NutrientAmounts b = NutrientAmounts.of(Map.of("energy", 50.0, "iron", 2.0));
        NutrientAmounts sum = a.plus(b);
        assertEquals(NutrientAmounts.of(Map.of("energy", 150.0, "vitamin_c", 10.0, "iron", 2.0)), sum);
        assertFalse(sum.has("fat"), "unknown on both sides stays unknown");
        NutrientAmounts half = sum.scale(0.5);
        assertEquals(75.0, half.get("energy").getAsDouble());
        assertFalse(half.has("fat"));
        assertEquals(0.0, sum.scale(0).get("iron").getAsDouble(), "0 × a known amount is a known 0");
        assertEquals(20.0, sum.divide(0.5).get("vitamin_c").getAsDouble());
    }

    @Test
    void forGramsIsPer100gArithmeticInTheSameOrder() {
        // 52 kcal per 100 g, 118 g: (52 × 118) / 100 exactly as the per-100 g figures were always computed
        NutrientAmounts apple = NutrientAmounts.of(Map.of("energy", 52.0, "vitamin_c", 4.6));
        assertEquals(52.0 * 118 / 100.0, apple.forGrams(118).get("energy").getAsDouble(), 0.0);
        assertEquals(4.6 * 118 / 100.0, apple.forGrams(118).get("vitamin_c").getAsDouble(), 0.0);
    }

    @Test
    void toMapAndIterationFollowTheCatalogue() {
        NutrientAmounts a = NutrientAmounts.of(Map.of("valine", 1.0, "energy", 2.0, "iron", 3.0));
        assertEquals(List.of("energy", "iron", "valine"), new ArrayList<>(a.toMap().keySet()));
        assertEquals("NutrientAmounts{energy=2.0, iron=3.0, valine=1.0}", a.toString());
        assertThrows(UnsupportedOperationException.class, () -> a.toMap().put("fat", 1.0));
    }

    /** Seeded sweep: plus is commutative with NONE as identity, associative and distributes under scale. */
    @Test
    void plusAndScaleLawsHoldOnRandomAmounts() {
        Random random = new Random(14);
        for (int round = 0; round < 500; round++) {
            NutrientAmounts a = random(random);
            NutrientAmounts b = random(random);
            NutrientAmounts c = random(random);
            double k = random.nextInt(1000) / 8.0;
            assertEquals(a.plus(b), b.plus(a), "commutative");
            assertEquals(a, a.plus(NutrientAmounts.NONE), "NONE is the identity");
            assertEquals(a, a.scale(1), "scale 1 is the identity");
            // whole quarters below 2^20: every sum and product below is exact, so equality is exact
            assertEquals(a.plus(b).plus(c), a.plus(b.plus(c)), "associative");
            assertEquals(a.plus(b).scale(k), a.scale(k).plus(b.scale(k)), "scale distributes over plus");
            assertEquals(a.scale(k).divide(4), a.scale(k / 4), "divide is scale by the inverse");
            for (Nutrient n : ALL) {
                assertEquals(a.has(n.id()) || b.has(n.id()), a.plus(b).has(n.id()), "known on either side: known");
                assertEquals(a.has(n.id()), a.scale(k).has(n.id()), "scale keeps unknown unknown");
            }
            assertEquals(a, NutrientAmounts.of(a.toMap()), "toMap round-trips");
        }
    }

    @Test
    void totalsAgreeWithPlusAndCountWhatIsMissing() {
        Random random = new Random(6);
        for (int round = 0; round < 200; round++) {
            List<NutrientAmounts> items = new ArrayList<>();
            NutrientAmounts sum = NutrientAmounts.NONE;
            for (int i = random.nextInt(6); i > 0; i--) {
                NutrientAmounts a = random(random);
                items.add(a);
                sum = sum.plus(a);
            }
            NutrientTotals t = NutrientTotals.of(items);
            assertEquals(sum, t.sums(), "summing items is folding plus");
            int split = items.isEmpty() ? 0 : random.nextInt(items.size());
            assertEquals(t, NutrientTotals.of(items.subList(0, split)).plus(NutrientTotals.of(items.subList(split,
                    items.size()))), "totals of two halves plus to the totals of the whole");
            for (Nutrient n : ALL) {
                long lacking = items.stream().filter(a -> !a.has(n.id())).count();
                assertEquals(lacking, t.missing(n.id()));
                assertEquals(lacking < items.size(), t.has(n.id()));
                assertEquals(lacking == 0 && !items.isEmpty(), t.complete().has(n.id()),
                        "complete keeps only what every item has");
            }
        }
        assertNotEquals(NutrientTotals.EMPTY, NutrientTotals.of(List.of(NutrientAmounts.NONE)), "one empty item");
    }

    private static NutrientAmounts random(Random random) {
        NutrientAmounts.Builder b = NutrientAmounts.builder();
        for (Nutrient n : ALL) {
            if (random.nextInt(3) > 0) {
                b.put(n.id(), random.nextInt(1 << 20) / 4.0);
            }
        }
        return b.build();
    }
}
