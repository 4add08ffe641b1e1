package org.openplate.nutrition;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.StringJoiner;
import java.util.function.ObjDoubleConsumer;

/**
 * Amounts of the catalogue's nutrients, each in its catalogue unit, held in one slot per nutrient of
 * {@link NutrientCatalog#all()}. A nutrient without a value is unknown, never zero: {@link #get}
 * answers empty for it, and sums keep it apart (see {@link NutrientTotals}).
 *
 * <p>Immutable and cheap to combine: {@link #plus} and {@link #scale} return new values. Every known
 * amount is finite and not negative; the factories check this.
 */
public final class NutrientAmounts {

    private static final List<Nutrient> CATALOG = NutrientCatalog.all();
    static final int SIZE = CATALOG.size();

    /** No nutrient known. */
    public static final NutrientAmounts NONE = new NutrientAmounts(unknown());

    /** One slot per catalogue nutrient; NaN marks unknown (never a known value: the factories reject NaN). */
    private final double[] values;

    private NutrientAmounts(double[] values) {
        this.values = values;
    }

    /**
     * Exactly the given amounts: a null value is unknown; an id outside the catalogue, NaN, an
     * infinite or a negative amount is rejected.
     */
    public static NutrientAmounts of(Map<String, Double> amounts) {
        Builder b = builder();
        amounts.forEach(b::putIfKnown);
        return b.build();
    }

    /**
     * The amounts a source measured, for stored food data that an import has checked: catalogue
     * nutrients with a finite amount of at least 0. Anything else (an id OpenPlate does not know, a
     * negative or non-finite figure) cannot be an amount and is left unknown.
     */
    public static NutrientAmounts measured(Map<String, Double> amounts) {
        double[] v = unknown();
        amounts.forEach((id, amount) -> {
            int i = NutrientCatalog.indexOf(id);
            if (i >= 0 && amount != null && Double.isFinite(amount) && amount >= 0) {
                v[i] = amount;
            }
        });
        return new NutrientAmounts(v);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The amount, empty when unknown (or when the id is not a catalogue nutrient). */
    public OptionalDouble get(String id) {
        int i = NutrientCatalog.indexOf(id);
        return i < 0 || Double.isNaN(values[i]) ? OptionalDouble.empty() : OptionalDouble.of(values[i]);
    }

    public OptionalDouble get(Nutrient n) {
        return get(n.id());
    }

    /** The amount, null when unknown: for nullable JSON fields and blank cells. */
    public Double orNull(String id) {
        int i = NutrientCatalog.indexOf(id);
        return i < 0 || Double.isNaN(values[i]) ? null : values[i];
    }

    public boolean has(String id) {
        int i = NutrientCatalog.indexOf(id);
        return i >= 0 && !Double.isNaN(values[i]);
    }

    /** How many nutrients are known. */
    public int knownCount() {
        int n = 0;
        for (double v : values) {
            n += Double.isNaN(v) ? 0 : 1;
        }
        return n;
    }

    public boolean isEmpty() {
        return knownCount() == 0;
    }

    /**
     * The sum. A nutrient known on one side only keeps that side's amount (unknown adds nothing);
     * one unknown on both sides stays unknown. {@link NutrientTotals} counts what was missing.
     */
    public NutrientAmounts plus(NutrientAmounts other) {
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            double a = values[i];
            double b = other.values[i];
            out[i] = Double.isNaN(a) ? b : Double.isNaN(b) ? a : finite(a + b);
        }
        return new NutrientAmounts(out);
    }

    /** Every known amount times {@code factor} (finite, at least 0); unknown stays unknown. */
    public NutrientAmounts scale(double factor) {
        if (!Double.isFinite(factor) || factor < 0) {
            throw new IllegalArgumentException("factor must be a finite number of at least 0, not " + factor);
        }
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = finite(values[i] * factor);
        }
        return new NutrientAmounts(out);
    }

    /** Every known amount divided by {@code divisor} (finite, above 0), e.g. per serving. */
    public NutrientAmounts divide(double divisor) {
        if (!Double.isFinite(divisor) || divisor <= 0) {
            throw new IllegalArgumentException("divisor must be a finite number above 0, not " + divisor);
        }
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = finite(values[i] / divisor);
        }
        return new NutrientAmounts(out);
    }

    /**
     * These amounts taken as per 100 g of a food: the amounts in {@code grams} of it
     * (amount × grams / 100, in that order, so figures match the per-100 g arithmetic everywhere).
     */
    public NutrientAmounts forGrams(double grams) {
        if (!Double.isFinite(grams) || grams < 0) {
            throw new IllegalArgumentException("grams must be a finite number of at least 0, not " + grams);
        }
        double[] out = new double[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = finite(values[i] * grams / 100.0);
        }
        return new NutrientAmounts(out);
    }

    /** Calls {@code action} for every known nutrient, in catalogue order. */
    public void forEachKnown(ObjDoubleConsumer<Nutrient> action) {
        for (int i = 0; i < SIZE; i++) {
            if (!Double.isNaN(values[i])) {
                action.accept(CATALOG.get(i), values[i]);
            }
        }
    }

    /** Nutrient id → amount for the known nutrients, in catalogue order: for the JSON edge. */
    public Map<String, Double> toMap() {
        Map<String, Double> out = new LinkedHashMap<>();
        forEachKnown((n, v) -> out.put(n.id(), v));
        return Collections.unmodifiableMap(out);
    }

    /** The raw slot (NaN when unknown), for {@link NutrientTotals}. */
    double slot(int i) {
        return values[i];
    }

    static NutrientAmounts trusted(double[] values) {
        return new NutrientAmounts(values);
    }

    static double[] unknown() {
        double[] v = new double[SIZE];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    private static double finite(double v) {
        if (Double.isInfinite(v)) {
            throw new ArithmeticException("nutrient amount overflows");
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NutrientAmounts other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner(", ", "NutrientAmounts{", "}");
        forEachKnown((n, v) -> j.add(n.id() + "=" + v));
        return j.toString();
    }

    /** Collects amounts one nutrient at a time; each is checked as it is put. */
    public static final class Builder {

        private final double[] values = unknown();

        private Builder() {
        }

        /** Sets a catalogue nutrient's amount (finite, at least 0). */
        public Builder put(String id, double amount) {
            int i = NutrientCatalog.indexOf(id);
            if (i < 0) {
                throw new IllegalArgumentException(id + " is not a nutrient of the catalogue");
            }
            if (!Double.isFinite(amount) || amount < 0) {
                throw new IllegalArgumentException(id + " must be a finite amount of at least 0, not " + amount);
            }
            values[i] = amount;
            return this;
        }

        /** As {@link #put}, or nothing when {@code amount} is null (unknown). */
        public Builder putIfKnown(String id, Double amount) {
            return amount == null ? this : put(id, amount);
        }

        public NutrientAmounts build() {
            return new NutrientAmounts(values.clone());
        }
    }
}
