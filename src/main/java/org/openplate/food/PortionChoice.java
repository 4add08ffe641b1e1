package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.common.BadInputException;
import org.openplate.nutrition.Portion;

/**
 * How much of a food: an amount of one of its portions, or of grams or ounces. {@code key} is the
 * portion's index in the food's list, or "g" / "oz".
 */
public record PortionChoice(String key, String label, double amount, double grams) {

    public static final double GRAMS_PER_OZ = 28.349523125;
    public static final double MAX_GRAMS = 5_000;

    /** The options offered for a food: its portions, then g and oz. */
    public static List<String[]> options(Food food) {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < food.portions().size(); i++) {
            Portion p = food.portions().get(i);
            out.add(new String[] {Integer.toString(i), p.name() + " (" + number(p.grams()) + " g)"});
        }
        out.add(new String[] {"g", "g"});
        out.add(new String[] {"oz", "oz (28.35 g)"});
        return out;
    }

    /** Reads the choice; missing values default to one common portion (or 100 g). */
    public static PortionChoice parse(Food food, String key, String amountText) {
        double amount;
        if (amountText == null || amountText.isBlank()) {
            amount = key == null || key.isBlank() ? -1 : 1;
        } else {
            try {
                amount = Double.parseDouble(amountText.trim());
            } catch (NumberFormatException e) {
                throw new BadInputException("amount", "amount must be a number greater than 0.");
            }
            if (!(amount > 0) || Double.isInfinite(amount)) {
                throw new BadInputException("amount", "amount must be a number greater than 0.");
            }
        }
        if (key == null || key.isBlank()) {
            int common = food.commonPortion().map(food.portions()::indexOf).orElse(-1);
            if (common < 0) {
                return of("g", "g", amount < 0 ? 100 : amount, amount < 0 ? 100 : amount);
            }
            key = Integer.toString(common);
            amount = amount < 0 ? 1 : amount;
        }
        PortionChoice c = switch (key) {
            case "g" -> of("g", "g", amount, amount);
            case "oz" -> of("oz", "oz", amount, amount * GRAMS_PER_OZ);
            default -> {
                int i;
                try {
                    i = Integer.parseInt(key);
                } catch (NumberFormatException e) {
                    i = -1;
                }
                if (i < 0 || i >= food.portions().size()) {
                    throw new BadInputException("portion", "portion must be one of this food's portions, g or oz.");
                }
                Portion p = food.portions().get(i);
                yield of(key, p.name(), amount, amount * p.grams());
            }
        };
        if (c.grams() > MAX_GRAMS) {
            throw new BadInputException("amount", "amount must come to at most 5 kg (it is "
                    + number(c.grams()) + " g).");
        }
        return c;
    }

    private static PortionChoice of(String key, String label, double amount, double grams) {
        return new PortionChoice(key, label, amount, grams);
    }

    public String amountText() {
        return number(amount);
    }

    public String description() {
        return switch (key) {
            case "g" -> number(amount) + " g";
            case "oz" -> number(amount) + " oz (" + number(grams) + " g)";
            default -> (amount == 1 ? "" : number(amount) + " × ") + label + " (" + number(grams) + " g)";
        };
    }

    public static String number(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString()
                .toLowerCase(Locale.ROOT);
    }
}
