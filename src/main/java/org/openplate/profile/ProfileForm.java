package org.openplate.profile;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.openplate.common.BadInputException;
import org.openplate.energy.ActivityLevel;
import org.openplate.energy.BmrEquation;
import org.openplate.energy.CalorieGoalInput;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;
import org.openplate.web.FieldReader;

/**
 * Reads a whole-profile update (HTML form or JSON body) into a {@link ProfileUpdate}, at the edge
 * ({@link ProfilePages}, {@link ProfileApi}). Lengths and masses arrive in the user's chosen units
 * and are stored in metric.
 */
final class ProfileForm {

    private ProfileForm() {
    }

    /**
     * A field that is absent keeps its current value; a field sent empty clears it (optional
     * values) or is an error (required choices). The HTML form sends every field.
     */
    static ProfileUpdate read(FieldReader form, Profile current, LocalDate today) {
        FieldReader p = form.collecting(); // every wrong field at once; the first leads (the API's shape)
        UnitSystem units = p.guarded(current.units(), () -> !p.sent("units") ? current.units()
                : CalculatorForm.units(p.text("units")));
        Sex sex = p.guarded(null, () -> !p.sent("sex") ? current.sex()
                : optionalEnum(p, "sex", "female or male", Sex::fromCode));
        LocalDate birth = p.guarded(null, () -> !p.sent("birthDate") ? current.birthDate()
                : birthDate(p.text("birthDate"), today));
        Double height = p.guarded(null, () -> allAbsent(p, "height", "heightCm", "heightFt", "heightIn")
                ? current.heightCm() : anyPresent(p, "height", "heightCm", "heightFt", "heightIn")
                ? CalculatorForm.height(p, units) : null);
        Double weight = p.guarded(null, () -> allAbsent(p, "weight", "weightKg", "weightLb") ? current.weightKg()
                : anyPresent(p, "weight", "weightKg", "weightLb") ? CalculatorForm.weight(p, units) : null);
        ActivityLevel activity = p.guarded(null, () -> optionalEnum(p, "activity",
                "sedentary, light, moderate, very or extra", ActivityLevel::fromCode));
        WeeklyGoal goal = p.guarded(null, () -> optionalEnum(p, "goal",
                "gain-2, gain-1.5, gain-1, gain-0.5, maintain, lose-0.5, lose-1, lose-1.5 or lose-2", WeeklyGoal::fromCode));
        Double target = p.guarded(null, () -> !p.sent("targetWeight") ? current.targetWeightKg()
                : targetWeight(p.text("targetWeight"), units));
        ZoneId zone = p.guarded(current.zone(), () -> zone(p.text("timeZone"), current.zone()));
        Double bodyFat = p.guarded(null, () -> !p.sent("bodyFat") ? current.bodyFatPct()
                : CalculatorForm.bodyFat(p.text("bodyFat")));
        BmrEquation equation = p.guarded(current.equation(), () -> !p.sent("equation")
                && (current.equation() != BmrEquation.KATCH_MCARDLE || bodyFat != null) ? current.equation()
                : CalculatorForm.equation(p.text("equation"), bodyFat));
        MacroSplit macros = p.guarded(current.macros(), () -> macros(p, current.macros()));
        p.finish();
        return new ProfileUpdate(sex, birth, height, weight,
                activity == null ? current.activity() : activity,
                goal == null ? current.goal() : goal,
                target, units, zone, equation, bodyFat, macros);
    }

    private static boolean allAbsent(FieldReader p, String... names) {
        for (String n : names) {
            if (p.sent(n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPresent(FieldReader p, String... names) {
        for (String n : names) {
            if (p.present(n)) {
                return true;
            }
        }
        return false;
    }

    private static <T> T optionalEnum(FieldReader p, String field, String accepted,
                                      Function<String, java.util.Optional<T>> lookup) {
        String raw = p.text(field);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return lookup.apply(raw.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new BadInputException(field, field + " must be " + accepted + "."));
    }

    static LocalDate birthDate(String raw, LocalDate today) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate d;
        try {
            d = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("birthDate", "birthDate must be a date like 1990-04-23.");
        }
        int age = Period.between(d, today).getYears();
        if (d.isAfter(today) || age < CalorieGoalInput.MIN_AGE || age > CalorieGoalInput.MAX_AGE) {
            throw new BadInputException("birthDate", "birthDate must give an age between " + CalorieGoalInput.MIN_AGE
                    + " and " + CalorieGoalInput.MAX_AGE + " years.");
        }
        return d;
    }

    static Double targetWeight(String raw, UnitSystem units) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return CalculatorForm.weight(FieldReader.of(Map.of("weight", raw)), units, "Target weight");
        } catch (BadInputException e) {
            // the same rules as the body weight, but about this field
            throw new BadInputException("targetWeight", e.getMessage().replaceFirst("^weight: ", "Target weight: "));
        }
    }

    static ZoneId zone(String raw, ZoneId fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(raw.trim());
        } catch (DateTimeException e) {
            throw new BadInputException("timeZone", "timeZone must be an IANA time zone such as Europe/London"
                    + " or America/New_York.");
        }
    }

    static MacroSplit macros(FieldReader p, MacroSplit current) {
        String c = p.text("carbsPct");
        String pr = p.text("proteinPct");
        String f = p.text("fatPct");
        if ((c == null || c.isBlank()) && (pr == null || pr.isBlank()) && (f == null || f.isBlank())) {
            return current;
        }
        // a value that was given but is wrong is named before one that is missing
        for (String[] given : new String[][] {{"carbsPct", c}, {"proteinPct", pr}, {"fatPct", f}}) {
            if (given[1] != null && !given[1].isBlank()) {
                percent(given[0], given[1]);
            }
        }
        int carbs = percent("carbsPct", c);
        int protein = percent("proteinPct", pr);
        int fat = percent("fatPct", f);
        if (carbs + protein + fat != 100) {
            throw new BadInputException("carbsPct", "carbsPct, proteinPct and fatPct must add up to 100 %"
                    + " (they add up to " + (carbs + protein + fat) + " %).");
        }
        return new MacroSplit(carbs, protein, fat);
    }

    private static int percent(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new BadInputException(field, field + " is required with the other two shares: a whole number"
                    + " from 0 to 100; carbsPct, proteinPct and fatPct add up to 100.");
        }
        try {
            int v = Integer.parseInt(raw == null ? "" : raw.trim());
            if (v < 0 || v > 100) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a whole number from 0 to 100.");
        }
    }

    /** Target weight shown back in the form, in the user's units. */
    static String weightValue(Double kg, UnitSystem units) {
        if (kg == null) {
            return "";
        }
        double v = units == UnitSystem.US ? Measures.kgToLb(kg) : kg;
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
