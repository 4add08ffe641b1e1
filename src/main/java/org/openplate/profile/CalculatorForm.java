package org.openplate.profile;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openplate.common.BadInputException;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.MeasureFormatException;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;
import org.openplate.units.WeightRange;
import org.openplate.web.FieldReader;

/**
 * Reads the calculator's inputs from query or form parameters (a {@link FieldReader}), the same for
 * the widget, the API, the CLI and the values carried through sign-up. Every problem is a {@link BadInputException}
 * naming the field and the accepted range.
 *
 * <p>Height comes as {@code height} (text with a unit: 5ft4in, 5'4", 64in, 162.5cm), or
 * {@code heightCm}, or {@code heightFt} + {@code heightIn}. Weight comes as {@code weight} (150lb,
 * 68kg, 10st10lb, or a bare number in the {@code units} system), {@code weightKg} or {@code weightLb}.
 */
public final class CalculatorForm {

    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$");

    /** The parsed input and the unit system to answer in. */
    public record Parsed(CalorieGoalInput input, UnitSystem units) {
    }

    private CalculatorForm() {
    }

    /**
     * Reads every field and reports every wrong one at once (the first leads, as the API's one-error shape
     * expects), so a form can show each message beside its field.
     */
    public static Parsed parse(FieldReader params) {
        FieldReader p = params.collecting();
        UnitSystem units = p.guarded(UnitSystem.US, () -> units(p.text("units")));
        Sex sex = p.guarded(null, () -> required(p, "sex", "female or male", Sex::fromCode));
        Double heightCm = p.guarded(null, () -> height(p, units));
        Double weightKg = p.guarded(null, () -> weight(p, units));
        Integer age = p.guarded(null, () -> age(p.text("age")));
        ActivityLevel activity = p.guarded(null, () -> required(p, "activity",
                "sedentary, light, moderate, very or extra", ActivityLevel::fromCode));
        WeeklyGoal goal = p.guarded(null, () -> required(p, "goal",
                "gain-2, gain-1.5, gain-1, gain-0.5, maintain, lose-0.5, lose-1, lose-1.5 or lose-2", WeeklyGoal::fromCode));
        Double bodyFat = p.guarded(null, () -> bodyFat(p.text("bodyFat")));
        // A wrong body fat is reported once, not again as "Katch-McArdle needs body fat".
        BmrEquation equation = p.failed("bodyFat") ? null : p.guarded(null, () -> equation(p.text("equation"), bodyFat));
        p.finish();
        return new Parsed(new CalorieGoalInput(sex, heightCm, weightKg, age, activity, goal, equation, bodyFat,
                MacroSplit.DEFAULT), units);
    }

    static UnitSystem units(String raw) {
        if (blank(raw)) {
            return UnitSystem.US;
        }
        return UnitSystem.fromCode(raw.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException("units", "units must be us or metric."));
    }

    private static <T> T required(FieldReader params, String field, String accepted,
                                  Function<String, java.util.Optional<T>> lookup) {
        String raw = params.text(field);
        if (blank(raw)) {
            throw new BadInputException(field, field + " is required: " + accepted + ".");
        }
        return lookup.apply(raw.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException(field, field + " must be " + accepted + "."));
    }

    /** Height in cm from {@code height} (with a unit), {@code heightCm}, or {@code heightFt}/{@code heightIn}; errors name the field sent. */
    static double height(FieldReader params, UnitSystem units) {
        String text = params.text("height");
        String field;
        double cm;
        if (!blank(text)) {
            field = "height";
            cm = isNumber(text)
                    ? (units == UnitSystem.METRIC ? number(field, text) : Measures.inchesToCm(number(field, text)))
                    : measure(field, () -> Measures.parseHeightCm(text));
        } else if (!blank(params.text("heightCm"))) {
            field = "heightCm";
            cm = number(field, params.text("heightCm"));
        } else if (!blank(params.text("heightFt")) || !blank(params.text("heightIn"))) {
            field = blank(params.text("heightFt")) ? "heightIn" : "heightFt";
            double ft = blank(params.text("heightFt")) ? 0 : number("heightFt", params.text("heightFt"));
            double in = blank(params.text("heightIn")) ? 0 : number("heightIn", params.text("heightIn"));
            if (ft < 0) {
                throw new BadInputException("heightFt", "heightFt: feet must be 0 or more.");
            }
            if (in < 0 || in >= 12) {
                throw new BadInputException("heightIn", "heightIn: inches must be 0 to 11.9.");
            }
            cm = Measures.inchesToCm(ft * 12 + in);
        } else {
            throw new BadInputException("height", "height is required (" + heightRange() + ").");
        }
        if (!(cm >= CalorieGoalInput.MIN_HEIGHT_CM && cm <= CalorieGoalInput.MAX_HEIGHT_CM)) {
            throw new BadInputException(field, "height must be " + heightRange() + ".");
        }
        return cm;
    }

    /** Weight in kg from {@code weight} (with a unit), {@code weightKg} or {@code weightLb}; errors name the field sent. */
    static double weight(FieldReader params, UnitSystem units) {
        return weight(params, units, "Weight");
    }

    /** As {@link #weight(FieldReader, UnitSystem)}, with the field's label for range errors ("Target weight"). */
    static double weight(FieldReader params, UnitSystem units, String label) {
        String text = params.text("weight");
        String field;
        double kg;
        if (!blank(text)) {
            field = "weight";
            kg = isNumber(text)
                    ? (units == UnitSystem.METRIC ? number(field, text) : Measures.lbToKg(number(field, text)))
                    : measure(field, () -> Measures.parseWeightKg(text));
        } else if (!blank(params.text("weightKg"))) {
            field = "weightKg";
            kg = number(field, params.text("weightKg"));
        } else if (!blank(params.text("weightLb"))) {
            field = "weightLb";
            kg = Measures.lbToKg(number(field, params.text("weightLb")));
        } else {
            throw new BadInputException("weight", label + " is required (" + WeightRange.text(units) + ").");
        }
        return WeightRange.check(kg, label, field, units);
    }

    static int age(String raw) {
        String range = "between " + CalorieGoalInput.MIN_AGE + " and " + CalorieGoalInput.MAX_AGE + " years";
        if (blank(raw)) {
            throw new BadInputException("age", "age is required (" + range + ").");
        }
        double v = number("age", raw);
        if (v != Math.rint(v) || v < CalorieGoalInput.MIN_AGE || v > CalorieGoalInput.MAX_AGE) {
            throw new BadInputException("age", "age must be a whole number " + range + ".");
        }
        return (int) v;
    }

    static Double bodyFat(String raw) {
        if (blank(raw)) {
            return null;
        }
        double v = number("bodyFat", raw.replace("%", ""));
        if (v < CalorieGoalInput.MIN_BODY_FAT_PCT || v > CalorieGoalInput.MAX_BODY_FAT_PCT) {
            throw new BadInputException("bodyFat", "bodyFat must be between " + fmt(CalorieGoalInput.MIN_BODY_FAT_PCT)
                    + " and " + fmt(CalorieGoalInput.MAX_BODY_FAT_PCT) + " %, or left empty.");
        }
        return v;
    }

    static BmrEquation equation(String raw, Double bodyFat) {
        if (blank(raw)) {
            return BmrEquation.MIFFLIN_ST_JEOR;
        }
        BmrEquation eq = BmrEquation.fromCode(raw.trim().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new BadInputException("equation", "equation must be mifflin, harris-benedict or katch-mcardle."));
        if (eq == BmrEquation.KATCH_MCARDLE && bodyFat == null) {
            throw new BadInputException("bodyFat", "bodyFat is required for katch-mcardle (between "
                    + fmt(CalorieGoalInput.MIN_BODY_FAT_PCT) + " and " + fmt(CalorieGoalInput.MAX_BODY_FAT_PCT) + " %).");
        }
        return eq;
    }

    public static String heightRange() {
        return "between " + fmt(CalorieGoalInput.MIN_HEIGHT_CM) + " and " + fmt(CalorieGoalInput.MAX_HEIGHT_CM)
                + " cm (" + Measures.formatHeight(CalorieGoalInput.MIN_HEIGHT_CM, UnitSystem.US) + " to "
                + Measures.formatHeight(CalorieGoalInput.MAX_HEIGHT_CM, UnitSystem.US) + ")";
    }

    private static double measure(String field, java.util.function.DoubleSupplier parse) {
        try {
            return parse.getAsDouble();
        } catch (MeasureFormatException e) {
            throw new BadInputException(field, field + ": " + e.getMessage());
        }
    }

    private static double number(String field, String raw) {
        String t = raw.trim();
        if (!isNumber(t)) {
            throw new BadInputException(field, field + " must be a number, was '" + abbreviate(t) + "'.");
        }
        return Double.parseDouble(t);
    }

    private static boolean isNumber(String raw) {
        return NUMBER.matcher(raw.trim()).matches();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
