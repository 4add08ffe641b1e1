package org.openplate.nutrition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Nutrient amounts per 100 g of a food, by nutrient id. A nutrient the source did not measure is
 * absent, never zero: {@link #get} answers empty for it.
 */
public record Nutrients(Map<String, Double> per100g) {

    public static final Nutrients NONE = new Nutrients(Map.of());

    public Nutrients {
        Map<String, Double> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : per100g.entrySet()) {
            Double v = e.getValue();
            if (v == null) {
                continue;
            }
            if (v.isNaN() || v.isInfinite()) {
                throw new IllegalArgumentException(e.getKey() + " must be a finite number");
            }
            copy.put(e.getKey(), v);
        }
        per100g = Collections.unmodifiableMap(copy);
    }

    public OptionalDouble get(String id) {
        Double v = per100g.get(id);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public boolean has(String id) {
        return per100g.containsKey(id);
    }

    /** The amounts in {@code grams} of the food (present nutrients only). */
    public Map<String, Double> forGrams(double grams) {
        Map<String, Double> out = new LinkedHashMap<>();
        per100g.forEach((k, v) -> out.put(k, v * grams / 100.0));
        return out;
    }

    public OptionalDouble energyKcal() {
        return get(NutrientCatalog.ENERGY);
    }
}
