package org.openplate.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.openplate.common.BadInputException;
import org.openplate.common.TextInput;
import org.openplate.energy.MetCalories;
import org.openplate.units.Measures;
import org.openplate.web.FieldReader;

/**
 * The exercise forms and JSON bodies read into typed requests, for the adapters ({@link ExercisePages},
 * {@link ExerciseApi}). Field names and error messages are the API's contract: each names the
 * field and its allowed range.
 */
final class ExerciseRequests {

    static final double MAX_MINUTES = 24 * 60;
    static final double MAX_KCAL = 10_000;
    static final int MAX_NAME = 80;
    private static final List<String> KINDS = List.of(ExerciseEntry.CARDIO, ExerciseEntry.STRENGTH,
            ExerciseEntry.CUSTOM, ExerciseEntry.MANUAL);

    private ExerciseRequests() {
    }

    /**
     * Fields: {@code date}; {@code kind} (cardio, strength, custom, manual; strength when only
     * {@code sets} is given); {@code activityCode}; {@code minutes}; {@code distanceKm} (or {@code distanceMi});
     * {@code sets}, {@code reps}, {@code loadKg} (or {@code loadLb}); {@code met} or {@code kcalPerMinute} (custom); {@code name};
     * {@code kcal}; and for flexibility work a check-in: {@code painBefore}, {@code painAfter},
     * {@code areas}, {@code holdSeconds}, {@code effort}, {@code redFlags}.
     */
    static LogActivityRequest logActivity(FieldReader f, ActivityCatalog catalog) {
        var date = f.date("date");
        String kind = kind(f);
        Activity activity = null;
        if (f.present("activityCode")) {
            activity = catalog.byCode(f.text("activityCode").trim()).orElseThrow(() -> new BadInputException(
                    "activityCode", "activityCode must be a code of the 2024 Compendium, e.g. 02101 (stretching)."));
        }
        Integer sets = f.integer("sets", 1, 100);
        Integer reps = f.integer("reps", 1, 1000);
        Double load = f.present("loadLb") ? lbToKg(f.number("loadLb", 0, 2200)) : f.number("loadKg", 0, 1000);
        Double minutes = f.number("minutes", Double.MIN_VALUE, MAX_MINUTES);
        Double distance = f.present("distanceMi") ? miToKm(f.number("distanceMi", 0, 620))
                : f.number("distanceKm", 0, 1000);
        Double met = null;
        Double rate = null;
        if (kind.equals(ExerciseEntry.CUSTOM)) {
            met = f.number("met", MetCalories.MIN_MET, MetCalories.MAX_MET);
            rate = f.number("kcalPerMinute", 0.1, 50);
            if (met == null && rate == null && !f.present("kcal")) {
                throw new BadInputException("met", "A custom activity needs its MET (0.9 to 25), its calories per minute or its total calories.");
            }
        }
        Double kcal = f.number("kcal", 0, MAX_KCAL);
        String name = f.text("name") == null ? "" : f.text("name").strip();
        if (name.length() > MAX_NAME) {
            throw new BadInputException("name", "name must be at most 80 characters.");
        }
        boolean flexibility = activity != null && activity.flexibility() || f.present("painBefore");
        return new LogActivityRequest(date, kind, activity, minutes, distance, sets, reps, load, met, rate, kcal,
                name.isEmpty() ? null : name, checkIn(f, flexibility));
    }

    private static Double lbToKg(Double lb) {
        return lb == null ? null : Measures.lbToKg(lb);
    }

    private static Double miToKm(Double mi) {
        return mi == null ? null : mi * ExerciseFormat.KM_PER_MILE;
    }

    /** The "net of rest" setting: true, false or on (a checked box). */
    static boolean netOfRest(String value) {
        TextInput.line("netOfRest", value);
        if (value == null || !(value.equals("true") || value.equals("false") || value.equals("on"))) {
            throw new BadInputException("netOfRest", "netOfRest must be true or false.");
        }
        return !value.equals("false");
    }

    private static String kind(FieldReader f) {
        String k = f.text("kind");
        if (!FieldReader.filled(k)) {
            return f.present("sets") ? ExerciseEntry.STRENGTH : ExerciseEntry.CARDIO;
        }
        String v = k.trim().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(v)) {
            throw new BadInputException("kind", "kind must be cardio, strength, custom or manual.");
        }
        return v;
    }

    /** A check-in when the activity is flexibility work and the user filled one in. */
    static CheckIn checkIn(FieldReader f, boolean flexibility) {
        if (!flexibility || !f.present("painBefore") && !f.present("painAfter")) {
            return null;
        }
        int before = f.requiredInteger("painBefore", 0, CheckIn.MAX_PAIN);
        int after = f.requiredInteger("painAfter", 0, CheckIn.MAX_PAIN);
        Integer hold = f.integer("holdSeconds", 0, CheckIn.MAX_HOLD_SECONDS);
        String effortText = f.text("effort");
        CheckIn.Effort effort = FieldReader.filled(effortText) ? Arrays.stream(CheckIn.Effort.values())
                .filter(e -> e.code().equals(effortText.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadInputException("effort", "effort must be mild, strong or painful."))
                : CheckIn.Effort.MILD;
        return new CheckIn(before, after, f.codes("areas", CheckIn.Area.class), hold == null ? 30 : hold, effort,
                f.codes("redFlags", CheckIn.RedFlag.class));
    }
}
