package org.openplate.nutrition;

import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Nutrient amounts summed over a number of items (diary entries, recipe ingredients), with how many
 * items contributed to each nutrient. An item that lacks a nutrient adds nothing and is counted as
 * missing: unknown is not zero, and the total is then a lower bound.
 *
 * <p>Immutable, like {@link NutrientAmounts}: {@link #plus} returns a new value. Invariants: every
 * nutrient's count is between 0 and {@code items}, and a nutrient has a sum exactly when its count is
 * above 0.
 */
public final class NutrientTotals {

    public static final NutrientTotals EMPTY = new NutrientTotals(NutrientAmounts.NONE, new int[NutrientAmounts.SIZE], 0);

    private final NutrientAmounts sums;
    private final int[] counts;
    private final int items;

    private NutrientTotals(NutrientAmounts sums, int[] counts, int items) {
        this.sums = sums;
        this.counts = counts;
        this.items = items;
    }

    /** Sums item amounts (unknown nutrients add nothing and count as missing). */
    public static NutrientTotals of(List<NutrientAmounts> perItem) {
        double[] s = NutrientAmounts.unknown();
        int[] c = new int[NutrientAmounts.SIZE];
        for (NutrientAmounts item : perItem) {
            for (int i = 0; i < s.length; i++) {
                double v = item.slot(i);
                if (!Double.isNaN(v)) {
                    s[i] = Double.isNaN(s[i]) ? v : s[i] + v;
                    c[i]++;
                }
            }
        }
        return checked(s, c, perItem.size());
    }

    public NutrientTotals plus(NutrientTotals other) {
        int[] c = new int[counts.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i] + other.counts[i];
        }
        return new NutrientTotals(sums.plus(other.sums), c, Math.addExact(items, other.items));
    }

    private static NutrientTotals checked(double[] sums, int[] counts, int items) {
        for (int i = 0; i < sums.length; i++) {
            if (Double.isInfinite(sums[i])) {
                throw new ArithmeticException("nutrient total overflows");
            }
        }
        return new NutrientTotals(NutrientAmounts.trusted(sums), counts, items);
    }

    /** The summed amounts of the nutrients at least one item has. */
    public NutrientAmounts sums() {
        return sums;
    }

    /** The sums of the nutrients every item has (a sum with gaps would pass a lower bound off as the amount). */
    public NutrientAmounts complete() {
        double[] out = NutrientAmounts.unknown();
        for (int i = 0; i < out.length; i++) {
            if (counts[i] == items) {
                out[i] = sums.slot(i);
            }
        }
        return NutrientAmounts.trusted(out);
    }

    public int items() {
        return items;
    }

    /** Whether at least one item has the nutrient. */
    public boolean has(String id) {
        return sums.has(id);
    }

    /** The summed amount, empty when no item has the nutrient. */
    public OptionalDouble total(String id) {
        return sums.get(id);
    }

    /** The sum, or 0 when no item has it (for figures where a blank would be worse, e.g. energy bars). */
    public double totalOrZero(String id) {
        return sums.get(id).orElse(0.0);
    }

    /** How many items lack the nutrient. */
    public int missing(String id) {
        int i = NutrientCatalog.indexOf(id);
        return items - (i < 0 ? 0 : counts[i]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NutrientTotals t && items == t.items && sums.equals(t.sums) && Arrays.equals(counts, t.counts);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * sums.hashCode() + Arrays.hashCode(counts)) + items;
    }

    @Override
    public String toString() {
        return "NutrientTotals{items=" + items + ", sums=" + sums + "}";
    }
}
