package org.openplate.nutrition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Nutrient amounts summed over a number of items (diary entries, recipe ingredients), with how many
 * items contributed to each nutrient. An item that lacks a nutrient adds nothing and is counted as
 * missing: unknown is not zero, and the total is then a lower bound.
 *
 * @param sums   nutrient id → summed amount of the items that have it
 * @param counts nutrient id → how many items have it
 * @param items  how many items were summed
 */
public record NutrientTotals(Map<String, Double> sums, Map<String, Integer> counts, int items) {

    public static final NutrientTotals EMPTY = new NutrientTotals(Map.of(), Map.of(), 0);

    public NutrientTotals {
        sums = Collections.unmodifiableMap(new LinkedHashMap<>(sums));
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        if (items < 0) {
            throw new IllegalArgumentException("items must be >= 0");
        }
    }

    /** Sums item amounts (each a nutrient id → amount map with absent = unknown). */
    public static NutrientTotals of(List<Map<String, Double>> perItem) {
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, Double> item : perItem) {
            item.forEach((id, v) -> {
                if (v != null) {
                    sums.merge(id, v, Double::sum);
                    counts.merge(id, 1, Integer::sum);
                }
            });
        }
        return new NutrientTotals(sums, counts, perItem.size());
    }

    public NutrientTotals plus(NutrientTotals other) {
        Map<String, Double> s = new LinkedHashMap<>(sums);
        Map<String, Integer> c = new LinkedHashMap<>(counts);
        other.sums.forEach((k, v) -> s.merge(k, v, Double::sum));
        other.counts.forEach((k, v) -> c.merge(k, v, Integer::sum));
        return new NutrientTotals(s, c, items + other.items);
    }

    /** The summed amount, empty when no item has the nutrient. */
    public OptionalDouble total(String id) {
        Double v = sums.get(id);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    /** The sum, or 0 when no item has it (for figures where a blank would be worse, e.g. energy bars). */
    public double totalOrZero(String id) {
        return sums.getOrDefault(id, 0.0);
    }

    /** How many items lack the nutrient. */
    public int missing(String id) {
        return items - counts.getOrDefault(id, 0);
    }
}
