package org.openplate.nutrition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * An FDA-style Nutrition Facts panel for an amount of food: values rounded as 21 CFR 101.9(c)
 * prescribes, and % Daily Value against the FDA's 2016 Daily Values (21 CFR 101.9(c)(8)(iv) and
 * (c)(9)) for adults and children 4+. Nutrients the food's source did not measure show as "—".
 */
public final class NutritionLabel {

    /** One line of the panel. {@code display} is null when the nutrient was not measured. */
    public record Line(String label, String nutrientId, String display, Integer percentDv, int indent, boolean bold) {
        public boolean measured() {
            return display != null;
        }
    }

    // FDA Daily Values (2016 final rule).
    static final double DV_FAT_G = 78;
    static final double DV_SAT_FAT_G = 20;
    static final double DV_CHOLESTEROL_MG = 300;
    static final double DV_SODIUM_MG = 2300;
    static final double DV_CARBS_G = 275;
    static final double DV_FIBER_G = 28;
    static final double DV_PROTEIN_G = 50;
    static final double DV_VITAMIN_D_UG = 20;
    static final double DV_CALCIUM_MG = 1300;
    static final double DV_IRON_MG = 18;
    static final double DV_POTASSIUM_MG = 4700;
    /** 1 µg of vitamin D = 40 IU (the catalogue holds vitamin D in IU, as USDA SR24 does). */
    static final double IU_PER_UG_VITAMIN_D = 40;

    private final String calories;
    private final List<Line> lines;

    private NutritionLabel(String calories, List<Line> lines) {
        this.calories = calories;
        this.lines = List.copyOf(lines);
    }

    public static NutritionLabel of(Nutrients per100g, double grams) {
        NutrientAmounts a = per100g.forGrams(grams);
        List<Line> l = new ArrayList<>();
        l.add(line(a, "Total Fat", NutrientCatalog.FAT, 0, true, NutritionLabel::fatGrams, DV_FAT_G));
        l.add(line(a, "Saturated Fat", NutrientCatalog.SATURATED, 1, false, NutritionLabel::fatGrams, DV_SAT_FAT_G));
        l.add(line(a, "Trans Fat", NutrientCatalog.TRANS, 1, false, NutritionLabel::fatGrams, 0));
        l.add(line(a, "Cholesterol", NutrientCatalog.CHOLESTEROL, 0, true, NutritionLabel::cholesterol, DV_CHOLESTEROL_MG));
        l.add(line(a, "Sodium", NutrientCatalog.SODIUM, 0, true, NutritionLabel::sodium, DV_SODIUM_MG));
        l.add(line(a, "Total Carbohydrate", NutrientCatalog.CARBS, 0, true, NutritionLabel::grams, DV_CARBS_G));
        l.add(line(a, "Dietary Fiber", NutrientCatalog.FIBER, 1, false, NutritionLabel::lessThanOneGram, DV_FIBER_G));
        l.add(line(a, "Total Sugars", NutrientCatalog.SUGARS, 1, false, NutritionLabel::lessThanOneGram, 0));
        l.add(line(a, "Protein", NutrientCatalog.PROTEIN, 0, true, NutritionLabel::lessThanOneGram, 0));
        OptionalDouble vitD = a.get(NutrientCatalog.VITAMIN_D);
        l.add(vitD.isPresent()
                ? micro("Vitamin D", NutrientCatalog.VITAMIN_D, vitD.getAsDouble() / IU_PER_UG_VITAMIN_D, "mcg",
                DV_VITAMIN_D_UG)
                : new Line("Vitamin D", NutrientCatalog.VITAMIN_D, null, null, 0, false));
        l.add(microOf(a, "Calcium", NutrientCatalog.CALCIUM, "mg", DV_CALCIUM_MG));
        l.add(microOf(a, "Iron", NutrientCatalog.IRON, "mg", DV_IRON_MG));
        l.add(microOf(a, "Potassium", NutrientCatalog.POTASSIUM, "mg", DV_POTASSIUM_MG));
        OptionalDouble kcal = a.get(NutrientCatalog.ENERGY);
        return new NutritionLabel(kcal.isPresent() ? Long.toString(calories(kcal.getAsDouble())) : "—", l);
    }

    public String calories() {
        return calories;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Calories: < 5 → 0; ≤ 50 → nearest 5; above → nearest 10 (101.9(c)(1)). */
    public static long calories(double kcal) {
        if (kcal < 5) {
            return 0;
        }
        return kcal <= 50 ? 5 * Math.round(kcal / 5) : 10 * Math.round(kcal / 10);
    }

    /** Fats: < 0.5 g → 0; < 5 g → nearest 0.5 g; above → nearest 1 g (101.9(c)(2)). */
    static String fatGrams(double g) {
        if (g < 0.5) {
            return "0g";
        }
        if (g < 5) {
            return trim(Math.round(g * 2) / 2.0) + "g";
        }
        return Math.round(g) + "g";
    }

    /** Cholesterol: < 2 mg → 0; 2-5 → "less than 5mg"; above → nearest 5 mg (101.9(c)(3)). */
    static String cholesterol(double mg) {
        if (mg < 2) {
            return "0mg";
        }
        if (mg <= 5) {
            return "less than 5mg";
        }
        return 5 * Math.round(mg / 5) + "mg";
    }

    /** Sodium: < 5 mg → 0; 5-140 → nearest 5 mg; above → nearest 10 mg (101.9(c)(4)). */
    static String sodium(double mg) {
        if (mg < 5) {
            return "0mg";
        }
        return mg <= 140 ? 5 * Math.round(mg / 5) + "mg" : 10 * Math.round(mg / 10) + "mg";
    }

    /** Total carbohydrate: < 0.5 g → 0; else nearest 1 g (101.9(c)(6)). */
    static String grams(double g) {
        return g < 0.5 ? "0g" : Math.round(g) + "g";
    }

    /** Fiber, sugars, protein: < 0.5 g → 0; < 1 g → "less than 1g"; else nearest 1 g. */
    static String lessThanOneGram(double g) {
        if (g < 0.5) {
            return "0g";
        }
        return g < 1 ? "less than 1g" : Math.round(g) + "g";
    }

    private static Line line(NutrientAmounts a, String label, String id, int indent, boolean bold,
                             java.util.function.DoubleFunction<String> round, double dv) {
        OptionalDouble v = a.get(id);
        if (v.isEmpty()) {
            return new Line(label, id, null, null, indent, bold);
        }
        Integer pct = dv > 0 ? (int) Math.round(v.getAsDouble() / dv * 100) : null;
        return new Line(label, id, round.apply(v.getAsDouble()), pct, indent, bold);
    }

    private static Line microOf(NutrientAmounts a, String label, String id, String unit, double dv) {
        OptionalDouble v = a.get(id);
        return v.isPresent() ? micro(label, id, v.getAsDouble(), unit, dv) : new Line(label, id, null, null, 0, false);
    }

    private static Line micro(String label, String id, double amount, String unit, double dv) {
        String shown = amount < 10 ? trim(Math.round(amount * 10) / 10.0) : Long.toString(Math.round(amount));
        return new Line(label, id, shown + unit, (int) Math.round(amount / dv * 100), 0, false);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
