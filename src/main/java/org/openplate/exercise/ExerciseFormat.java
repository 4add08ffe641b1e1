package org.openplate.exercise;

import java.util.Locale;

/** How an entry's calories were worked out, in words and numbers. */
public final class ExerciseFormat {

    private ExerciseFormat() {
    }

    public static String formula(ExerciseEntry e) {
        if (e.kcalOverride()) {
            return "entered by you: " + kcal(e.kcal()) + " kcal";
        }
        if (e.kcalPerMinute() != null) {
            return num(e.kcalPerMinute()) + " kcal/min × " + num(e.minutes()) + " min = " + kcal(e.kcal()) + " kcal";
        }
        String met = e.netOfRest() ? "(" + num(e.met()) + " − 1) MET" : num(e.met()) + " MET";
        return met + " × 3.5 × " + num(e.bodyWeightKg()) + " kg ÷ 200 × " + num(e.minutes()) + " min = "
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

    /** "30 min · 5 km", "3 × 10 × 60 kg (7.5 min)". */
    public static String detail(ExerciseEntry e) {
        StringBuilder b = new StringBuilder();
        if (e.sets() != null) {
            b.append(e.sets()).append(" sets");
            if (e.reps() != null) {
                b.append(" × ").append(e.reps()).append(" reps");
            }
            if (e.loadKg() != null) {
                b.append(" × ").append(num(e.loadKg())).append(" kg");
            }
            if (e.minutes() != null) {
                b.append(" (").append(num(e.minutes())).append(" min)");
            }
        } else if (e.minutes() != null) {
            b.append(num(e.minutes())).append(" min");
        }
        if (e.distanceKm() != null) {
            b.append(b.length() > 0 ? " · " : "").append(num(e.distanceKm())).append(" km");
        }
        return b.toString();
    }
}
