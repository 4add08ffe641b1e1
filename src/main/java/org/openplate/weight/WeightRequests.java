package org.openplate.weight;

import java.time.LocalDate;
import org.openplate.common.BadInputException;
import org.openplate.units.MeasureFormatException;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;
import org.openplate.units.WeightRange;
import org.openplate.web.FieldReader;

/**
 * The weight forms, JSON bodies and queries read into typed requests, for the adapters
 * ({@link WeightPages}, {@link WeightApi}) and the CSV import ({@link WeighInCsv}). Field names and
 * error messages are the API's contract: each names the field and its allowed range.
 */
final class WeightRequests {

    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

    private WeightRequests() {
    }

    /**
     * A weigh-in. Fields: {@code date} (1900-01-01 to {@code today}), {@code weight} (the user's
     * units, or with a unit such as 72.5kg or 160lb), or {@code weightKg} / {@code weightLb};
     * {@code bodyFat} (%); {@code waist} (the user's units). {@code required}: the weight must be given.
     */
    static WeighInRequest weighIn(FieldReader form, UnitSystem units, LocalDate today, boolean required) {
        FieldReader f = form.collecting(); // every wrong field at once; the first leads (the API's shape)
        LocalDate day = f.guarded(null, () -> day(f, today));
        String text = f.present("weight") ? f.text("weight") : f.present("weightKg") ? f.text("weightKg") + "kg"
                : f.present("weightLb") ? f.text("weightLb") + "lb" : null;
        Double kg = null;
        if (text != null) {
            kg = f.guarded(null, () -> weightKg(text.trim(), units, "Weight", "weight"));
        } else if (required && !f.failed("weight")) {
            f.reject("weight", "Weight is required (" + WeightRange.text(units) + ").");
        }
        Double fat = f.guarded(null, () -> optional(f.text("bodyFat"), "bodyFat", 3, 75));
        boolean us = units == UnitSystem.US;
        Double waist = f.guarded(null, () -> optional(f.text("waist"), "waist", us ? 15 : 38, us ? 100 : 254));
        if (waist != null && us) {
            waist = Measures.inchesToCm(waist);
        }
        f.finish();
        return new WeighInRequest(day, kg, fat, waist);
    }

    private static LocalDate day(FieldReader f, LocalDate today) {
        if (!f.present("date")) {
            return null;
        }
        LocalDate day = FieldReader.date("date", f.text("date"));
        if (day.isAfter(today) || day.isBefore(FIRST_DAY)) {
            throw new BadInputException("date", "date must be between 1900-01-01 and today (" + today + ").");
        }
        return day;
    }

    /** The projection page's query: {@code target} (a weight as in a weigh-in) and {@code by} (yyyy-mm-dd). */
    static ProjectionQuery projection(FieldReader f, UnitSystem units) {
        Double target = f.present("target") ? weightKg(f.text("target").trim(), units, "Target weight", "target")
                : null;
        LocalDate by = null;
        if (f.present("by")) {
            by = FieldReader.date("by", f.text("by"));
        }
        return new ProjectionQuery(target, by);
    }

    /** A weight: a bare number in the user's units, or with a unit; errors name {@code field} and the range. */
    static double weightKg(String text, UnitSystem units, String label, String field) {
        double kg;
        try {
            kg = text.matches("[0-9]+(\\.[0-9]+)?") ? (units == UnitSystem.METRIC ? Double.parseDouble(text)
                    : Measures.lbToKg(Double.parseDouble(text))) : Measures.parseWeightKg(text);
        } catch (MeasureFormatException e) {
            throw new BadInputException(field, label + ": " + e.getMessage());
        }
        return WeightRange.check(kg, label, field, units);
    }

    private static Double optional(String text, String field, double min, double max) {
        if (!FieldReader.filled(text)) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number between " + (int) min + " and " + (int) max + ".");
        }
        if (!(v >= min && v <= max)) {   // NaN fails too
            throw new BadInputException(field, field + " must be between " + (int) min + " and " + (int) max + ".");
        }
        return v;
    }
}
