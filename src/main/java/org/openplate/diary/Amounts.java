package org.openplate.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.openplate.common.BadInputException;
import org.openplate.food.Food;
import org.openplate.nutrition.Portion;
import org.openplate.nutrition.Volumes;

/**
 * Resolves "amount of unit" to grams. Units: one of the food's portions (by name), g, oz, or ml
 * when a household volume gives the density; for a recipe, serving or g.
 */
final class Amounts {

    static final double GRAMS_PER_OZ = 28.349523125;
    static final double MAX_GRAMS = 5_000;
    static final String SERVING = "serving";

    private Amounts() {
    }

    /** A resolved amount: the unit as stored and the weight. */
    record Resolved(double amount, String unit, double grams) {
    }

    static double amount(String text) {
        if (text == null || text.isBlank()) {
            throw new BadInputException("amount", "amount is required: a number greater than 0.");
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException("amount", "amount must be a number greater than 0.");
        }
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new BadInputException("amount", "amount must be greater than 0 (at most 5 kg in all).");
        }
        return v;
    }

    static Resolved forFood(Food food, double amount, String unitText) {
        String unit = unitText == null || unitText.isBlank()
                ? food.commonPortion().map(Portion::name).orElse("g") : unitText.trim();
        double perUnit = gramsPerUnit(food, unit);
        return check(amount, canonical(food, unit), amount * perUnit);
    }

    static Resolved forRecipe(Recipe recipe, double amount, String unitText) {
        String unit = unitText == null || unitText.isBlank() ? SERVING : unitText.trim().toLowerCase(Locale.ROOT);
        double perUnit = switch (unit) {
            case SERVING, "servings" -> recipe.gramsPerServing();
            case "g" -> 1;
            default -> throw new BadInputException("portion", "portion must be serving or g for a recipe.");
        };
        return check(amount, unit.startsWith(SERVING) ? SERVING : unit, amount * perUnit);
    }

    private static Resolved check(double amount, String unit, double grams) {
        if (grams > MAX_GRAMS) {
            throw new BadInputException("amount", "amount must come to at most 5 kg (it is "
                    + Math.round(grams) + " g).");
        }
        if (!(grams > 0)) {
            throw new BadInputException("amount", "amount must be greater than 0.");
        }
        return new Resolved(amount, unit, grams);
    }

    private static String canonical(Food food, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        return switch (u) {
            case "g", "gram", "grams" -> "g";
            case "oz", "ounce", "ounces" -> "oz";
            case "ml" -> "ml";
            default -> food.portion(unit).map(Portion::name).orElse(unit);
        };
    }

    static double gramsPerUnit(Food food, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        switch (u) {
            case "g", "gram", "grams":
                return 1;
            case "oz", "ounce", "ounces":
                return GRAMS_PER_OZ;
            case "ml":
                OptionalDouble density = Volumes.gramsPerMl(food.portions());
                if (density.isEmpty()) {
                    throw new BadInputException("portion", "ml is not available for " + food.name()
                            + ": no household volume gives its density. Use " + String.join(", ", units(food)) + ".");
                }
                return density.getAsDouble();
            default:
                return food.portion(unit).map(Portion::grams).orElseThrow(() -> new BadInputException("portion",
                        "portion must be one of this food's portions (" + String.join(", ", units(food)) + ")."));
        }
    }

    /** Every unit the food can be logged in. */
    static List<String> units(Food food) {
        List<String> out = new ArrayList<>();
        food.portions().forEach(p -> out.add(p.name()));
        out.add("g");
        out.add("oz");
        if (Volumes.gramsPerMl(food.portions()).isPresent()) {
            out.add("ml");
        }
        return out;
    }

    /** "1 cup (244 g)", "150 g", "2 oz (56.7 g)", "1.5 servings (300 g)". */
    static String describe(double amount, String unit, double grams) {
        String a = number(amount);
        return switch (unit) {
            case "g" -> a + " g";
            case "oz" -> a + " oz (" + number(grams) + " g)";
            case "ml" -> a + " ml (" + number(grams) + " g)";
            case SERVING -> a + (amount == 1 ? " serving" : " servings") + " (" + number(grams) + " g)";
            default -> (amount == 1 ? "" : a + " × ") + unit + " (" + number(grams) + " g)";
        };
    }

    static String number(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return java.math.BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
    }
}
