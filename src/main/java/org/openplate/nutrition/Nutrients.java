package org.openplate.nutrition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Nutrient amounts per 100 g of a food, by nutrient id, as the source gave them. A nutrient the
 * source did not measure is absent, never zero: {@link #get} answers empty for it.
 *
 * <p>{@link #per100g()} keeps the source's figures as they are (import checks report bad ones);
 * {@link #amounts()} holds the same figures indexed by the catalogue for arithmetic, built once here
 * so that each diary line costs one array, not a map.
 */
public final class Nutrients {

    public static final Nutrients NONE = new Nutrients(Map.of());

    private final Map<String, Double> per100g;
    private final NutrientAmounts amounts;

    public Nutrients(Map<String, Double> per100g) {
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
        this.per100g = Collections.unmodifiableMap(copy);
        this.amounts = NutrientAmounts.measured(copy);
    }

    /** The source's figures per 100 g, in the source's order. */
    public Map<String, Double> per100g() {
        return per100g;
    }

    /** The catalogue nutrients per 100 g (a negative or unknown-id figure, which imports reject, is left out). */
    public NutrientAmounts amounts() {
        return amounts;
    }

    public OptionalDouble get(String id) {
        Double v = per100g.get(id);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public boolean has(String id) {
        return per100g.containsKey(id);
    }

    /** The amounts in {@code grams} of the food (measured nutrients only). */
    public NutrientAmounts forGrams(double grams) {
        return amounts.forGrams(grams);
    }

    public OptionalDouble energyKcal() {
        return get(NutrientCatalog.ENERGY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Nutrients other && per100g.equals(other.per100g);
    }

    @Override
    public int hashCode() {
        return per100g.hashCode();
    }

    @Override
    public String toString() {
        return "Nutrients[per100g=" + per100g + "]";
    }
}
