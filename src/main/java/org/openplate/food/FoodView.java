package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientAmounts;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutritionLabel;
import org.openplate.nutrition.ReferenceIntakes;

/** The food page: the label for the chosen amount, and every measured nutrient with % of the reference intake. */
public record FoodView(Food food, PortionChoice choice, List<String[]> options, NutritionLabel label, List<Row> rows,
                       Person person, String error) {

    /** Sex and age for reference intakes; null when anonymous or the profile lacks them. */
    public record Person(org.openplate.energy.Sex sex, int age) {
    }

    /** One nutrient row; {@code percent} null when there is no reference intake to compare with. */
    public record Row(String category, String name, String amount, String unit, Integer percent, boolean adequate,
                      boolean overUpper) {
    }

    public static FoodView of(Food food, PortionChoice choice, Person person, String error) {
        NutrientAmounts amounts = food.nutrients().forGrams(choice.grams());
        List<Row> rows = new ArrayList<>();
        for (Nutrient n : NutrientCatalog.all()) {
            Double v = amounts.orNull(n.id());
            if (v == null) {
                continue;
            }
            Integer pct = null;
            boolean ai = false;
            boolean over = false;
            if (person != null) {
                var intake = ReferenceIntakes.forAdult(n.id(), person.sex(), person.age());
                if (intake.isPresent()) {
                    pct = (int) Math.round(v / intake.get().amount() * 100);
                    ai = intake.get().adequate();
                    over = intake.get().upperLimit() != null && intake.get().upperNote() == null
                            && v > intake.get().upperLimit();
                }
            }
            rows.add(new Row(category(n.category()), n.name(), format(v), n.unit(), pct, ai, over));
        }
        return new FoodView(food, choice, PortionChoice.options(food), NutritionLabel.of(food.nutrients(),
                choice.grams()), rows, person, error);
    }

    /** Two decimals under 1, one under 10, whole numbers above: the precision USDA data supports. */
    static String format(double v) {
        if (v == 0) {
            return "0";
        }
        if (v < 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        if (v < 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.US, "%,d", Math.round(v));
    }

    private static String category(Nutrient.Category c) {
        return switch (c) {
            case GENERAL -> "General";
            case MINERALS -> "Minerals";
            case VITAMINS -> "Vitamins";
            case LIPIDS -> "Lipids";
            case AMINO_ACIDS -> "Amino acids";
        };
    }

    public String kcalPer100g() {
        return food.kcalPer100g().isPresent() ? format(food.kcalPer100g().getAsDouble()) : "—";
    }
}
