package org.openplate.exercise;

import java.util.Locale;
import org.openplate.units.Measures;
import org.openplate.units.UnitSystem;

/**
 * How an entry's calories were worked out, in words and numbers, in the user's units: body weight and
 * loads in lb and distances in mi for US units, kg and km for metric. The API keeps metric.
 */
public final class ExerciseFormat {

    /** km per international mile, exact (1,609.344 m; International Yard and Pound Agreement, 1959). */
    public static final double KM_PER_MILE = 1.609344;

    private ExerciseFormat() {
    }

    /** Metric, for the API. */
    public static String formula(ExerciseEntry e) {
        return formula(e, UnitSystem.METRIC);
    }

    /**
     * The MET formula (kcal = MET × 3.5 × kg ÷ 200 × min; Compendium of Physical Activities) with the body
     * weight in the user's units: in pounds the conversion to kg is written out ("× 0.4536").
     */
    public static String formula(ExerciseEntry e, UnitSystem units) {
        if (e.kcalOverride()) {
            return "entered by you: " + kcal(e.kcal()) + " kcal";
        }
        if (e.kcalPerMinute() != null) {
            return num(e.kcalPerMinute()) + " kcal/min × " + num(e.minutes()) + " min = " + kcal(e.kcal()) + " kcal";
        }
        String met = e.netOfRest() ? "(" + num(e.met()) + " − 1) MET" : num(e.met()) + " MET";
        String weight = units == UnitSystem.US && e.bodyWeightKg() != null
                ? num(Measures.kgToLb(e.bodyWeightKg())) + " lb × 0.4536"
                : num(e.bodyWeightKg()) + " kg";
        return met + " × 3.5 × " + weight + " ÷ 200 × " + num(e.minutes()) + " min = "
                + kcal(e.kcal()) + " kcal" + (e.netOfRest() ? " (net of resting energy)" : "");
    }

    public static String kcal(double v) {
        return String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    public static String num(Double v) {
        if (v == null) {
            return "–";
        }
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : Double.toString(r);
    }

    /** Metric. */
    public static String detail(ExerciseEntry e) {
        return detail(e, UnitSystem.METRIC);
    }

    /** "30 min · 5 km" or "30 min · 3.1 mi", "3 sets × 10 reps × 60 kg (7.5 min)" or "× 132.3 lb". */
    public static String detail(ExerciseEntry e, UnitSystem units) {
        boolean us = units == UnitSystem.US;
        StringBuilder b = new StringBuilder();
        if (e.sets() != null) {
            b.append(e.sets()).append(" sets");
            if (e.reps() != null) {
                b.append(" × ").append(e.reps()).append(" reps");
            }
            if (e.loadKg() != null) {
                b.append(" × ").append(us ? num(Measures.kgToLb(e.loadKg())) + " lb" : num(e.loadKg()) + " kg");
            }
            if (e.minutes() != null) {
                b.append(" (").append(num(e.minutes())).append(" min)");
            }
        } else if (e.minutes() != null) {
            b.append(num(e.minutes())).append(" min");
        }
        if (e.distanceKm() != null) {
            b.append(b.length() > 0 ? " · " : "")
                    .append(us ? num(e.distanceKm() / KM_PER_MILE) + " mi" : num(e.distanceKm()) + " km");
        }
        return b.toString();
    }
}
