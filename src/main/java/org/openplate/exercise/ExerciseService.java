package org.openplate.exercise;

import org.openplate.common.TextInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.energy.MetCalories;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;

/** The exercise log: activities from the Compendium, calories by MET, and back-care check-ins. */
public final class ExerciseService {

    static final double MAX_MINUTES = 24 * 60;
    static final double MAX_KCAL = 10_000;
    /** Used for strength entries when no activity is chosen: weight training, 8-15 reps, varied resistance. */
    static final String STRENGTH_DEFAULT = "02054";

    private final ExerciseRepository repo;
    private final ActivityCatalog catalog;
    private final ProfileService profiles;
    private final Clock clock;
    private final BackCareAlerts alerts;

    /** Told when a check-in's advice is to stop and see a doctor (e.g. to notify the user). */
    @FunctionalInterface
    public interface BackCareAlerts {
        BackCareAlerts NONE = (user, entry, advice) -> { };

        void stop(UserId user, ExerciseEntry entry, BackCareGuidance.Advice advice);
    }

    public ExerciseService(ExerciseRepository repo, ActivityCatalog catalog, ProfileService profiles, Clock clock) {
        this(repo, catalog, profiles, clock, BackCareAlerts.NONE);
    }

    public ExerciseService(ExerciseRepository repo, ActivityCatalog catalog, ProfileService profiles, Clock clock,
                           BackCareAlerts alerts) {
        this.alerts = alerts;
        this.repo = repo;
        this.catalog = catalog;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** A saved entry and the back-care advice for its check-in (empty without one). */
    public record Logged(ExerciseEntry entry, List<BackCareGuidance.Advice> advice) {
    }

    /** A day's exercise and its total calories. */
    public record Day(LocalDate day, List<ExerciseEntry> entries, double kcal) {
    }

    public ActivityCatalog catalog() {
        return catalog;
    }

    public LocalDate today(UserId user) {
        return profiles.today(profiles.get(user));
    }

    public LocalDate date(UserId user, String text) {
        if (text == null || text.isBlank()) {
            return today(user);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("date", "date must be a date as yyyy-mm-dd.");
        }
        LocalDate latest = today(user).plusDays(1);
        if (d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(latest)) {
            throw new BadInputException("date", "date must be between 1900-01-01 and " + latest + ".");
        }
        return d;
    }

    /** Exercise calories of a day for the diary; empty when nothing is logged. */
    public OptionalDouble burnedKcal(UserId user, LocalDate day) {
        List<ExerciseEntry> entries = repo.entries(user, day, day);
        return entries.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(entries.stream().mapToDouble(ExerciseEntry::kcal).sum());
    }

    public Day day(UserId user, LocalDate day) {
        List<ExerciseEntry> entries = repo.entries(user, day, day);
        return new Day(day, entries, entries.stream().mapToDouble(ExerciseEntry::kcal).sum());
    }

    public ExerciseEntry entry(UserId user, long id) {
        return repo.entry(user, id).orElseThrow(() -> new NotFoundException("No exercise entry with id " + id + "."));
    }

    public void delete(UserId user, long id) {
        if (!repo.delete(user, id)) {
            throw new NotFoundException("No exercise entry with id " + id + ".");
        }
    }

    public List<ExerciseRepository.Dated> checkIns(UserId user) {
        return repo.checkIns(user, 60);
    }

    /**
     * Activities to offer before any search: the user's favourites (their most-logged activities)
     * first, then the most recent ones, without repeats.
     */
    public List<Activity> recentActivities(UserId user) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>(repo.frequentActivities(user, 4));
        codes.addAll(repo.recentActivities(user, 8));
        return codes.stream().map(catalog::byCode).flatMap(java.util.Optional::stream).limit(10).toList();
    }

    public boolean netOfRest(UserId user) {
        return repo.netOfRest(user);
    }

    public void saveNetOfRest(UserId user, String value) {
        TextInput.line("netOfRest", value);
        if (value == null || !(value.equals("true") || value.equals("false") || value.equals("on"))) {
            throw new BadInputException("netOfRest", "netOfRest must be true or false.");
        }
        repo.saveNetOfRest(user, !value.equals("false"));
    }

    /**
     * Logs an entry. Fields: {@code date}; {@code kind} (cardio, strength, custom, manual);
     * {@code activityCode}; {@code minutes}; {@code distanceKm}; {@code sets}, {@code reps},
     * {@code loadKg}; {@code met} or {@code kcalPerMinute} (custom); {@code name}; {@code kcal}
     * (a manual figure, overriding the computed one); and for flexibility work a check-in:
     * {@code painBefore}, {@code painAfter}, {@code areas}, {@code holdSeconds}, {@code effort},
     * {@code redFlags}.
     */
    public Logged log(UserId user, Function<String, String> input) {
        Function<String, String> f = TextInput.checked(input);
        LocalDate day = date(user, f.apply("date"));
        String kind = kind(f);
        boolean net = repo.netOfRest(user);
        Activity activity = null;
        if (present(f.apply("activityCode"))) {
            activity = catalog.byCode(f.apply("activityCode").trim()).orElseThrow(() -> new BadInputException(
                    "activityCode", "activityCode must be a code of the 2024 Compendium, e.g. 02101 (stretching)."));
        } else if (kind.equals(ExerciseEntry.STRENGTH)) {
            activity = catalog.byCode(STRENGTH_DEFAULT).orElseThrow();
        } else if (kind.equals(ExerciseEntry.CARDIO)) {
            throw new BadInputException("activityCode", "activityCode is required: choose an activity.");
        }
        Integer sets = integer(f.apply("sets"), "sets", 1, 100);
        Integer reps = integer(f.apply("reps"), "reps", 1, 1000);
        Double load = number(f.apply("loadKg"), "loadKg", 0, 1000);
        Double minutes = number(f.apply("minutes"), "minutes", Double.MIN_VALUE, MAX_MINUTES);
        if (minutes == null && sets != null && kind.equals(ExerciseEntry.STRENGTH)) {
            minutes = MetCalories.minutesForSets(sets);
        }
        Double distance = number(f.apply("distanceKm"), "distanceKm", 0, 1000);
        Double met = activity == null ? null : activity.met();
        Double rate = null;
        if (kind.equals(ExerciseEntry.CUSTOM)) {
            met = number(f.apply("met"), "met", MetCalories.MIN_MET, MetCalories.MAX_MET);
            rate = number(f.apply("kcalPerMinute"), "kcalPerMinute", 0.1, 50);
            if (met == null && rate == null && !present(f.apply("kcal"))) {
                throw new BadInputException("met", "A custom activity needs its met (0.9-25), kcalPerMinute or kcal.");
            }
        }
        Double typed = number(f.apply("kcal"), "kcal", 0, MAX_KCAL);
        String name = name(f, activity, kind);
        if (kind.equals(ExerciseEntry.MANUAL) && typed == null) {
            throw new BadInputException("kcal", "kcal is required for a manual entry: 0 to 10,000.");
        }
        Double weight = null;
        double kcal;
        if (typed != null) {
            kcal = typed;
        } else {
            if (minutes == null) {
                throw new BadInputException("minutes", "minutes is required: more than 0 and at most 1,440 (24 h).");
            }
            if (rate != null) {
                kcal = rate * minutes;
            } else {
                weight = weightKg(user);
                kcal = MetCalories.kcal(met, weight, minutes, net);
            }
        }
        CheckIn checkIn = checkIn(f, activity != null && activity.flexibility() || present(f.apply("painBefore")));
        ExerciseEntry e = new ExerciseEntry(0, day, kind, activity == null ? null : activity.code(),
                activity == null ? null : activity.edition(), name, minutes, distance, sets, reps, load,
                rate != null ? null : met, rate, weight, net && typed == null && rate == null, kcal, typed != null,
                checkIn);
        List<CheckIn> earlier = checkIn == null ? List.of()
                : repo.checkIns(user, 10).stream().map(ExerciseRepository.Dated::checkIn).toList();
        ExerciseEntry saved = repo.insert(user, e, clock.millis());
        List<BackCareGuidance.Advice> advice = checkIn == null ? List.of() : BackCareGuidance.advise(checkIn, earlier);
        advice.stream().filter(a -> a.level() == BackCareGuidance.Level.STOP).findFirst()
                .ifPresent(a -> alerts.stop(user, saved, a));
        return new Logged(saved, advice);
    }

    /** The advice an entry's check-in got, judged against the check-ins before it. */
    public List<BackCareGuidance.Advice> advice(UserId user, long entryId) {
        ExerciseEntry e = entry(user, entryId);
        if (e.checkIn() == null) {
            return List.of();
        }
        List<ExerciseRepository.Dated> all = repo.checkIns(user, 60);
        int i = 0;
        while (i < all.size() && all.get(i).entryId() != entryId) {
            i++;
        }
        List<CheckIn> before = all.subList(0, Math.min(i, all.size())).stream()
                .map(ExerciseRepository.Dated::checkIn).toList();
        return BackCareGuidance.advise(e.checkIn(), before);
    }

    private double weightKg(UserId user) {
        Profile p = profiles.get(user);
        if (p.weightKg() == null) {
            throw new BadInputException("weight", "Add your weight to your profile first: calories by MET depend on"
                    + " it. Or enter the kcal yourself.");
        }
        return p.weightKg();
    }

    private static String kind(Function<String, String> f) {
        String k = f.apply("kind");
        if (!present(k)) {
            return present(f.apply("sets")) ? ExerciseEntry.STRENGTH : ExerciseEntry.CARDIO;
        }
        String v = k.trim().toLowerCase(Locale.ROOT);
        if (!List.of(ExerciseEntry.CARDIO, ExerciseEntry.STRENGTH, ExerciseEntry.CUSTOM, ExerciseEntry.MANUAL)
                .contains(v)) {
            throw new BadInputException("kind", "kind must be cardio, strength, custom or manual.");
        }
        return v;
    }

    private static String name(Function<String, String> f, Activity activity, String kind) {
        String n = f.apply("name") == null ? "" : f.apply("name").strip();
        if (n.length() > 80) {
            throw new BadInputException("name", "name must be at most 80 characters.");
        }
        if (!n.isEmpty()) {
            return n;
        }
        if (activity != null) {
            return activity.description();
        }
        throw new BadInputException("name", "name is required for a " + kind + " entry (1 to 80 characters).");
    }

    /** A check-in when the activity is flexibility work and the user filled one in. */
    static CheckIn checkIn(Function<String, String> f, boolean flexibility) {
        if (!flexibility || !present(f.apply("painBefore")) && !present(f.apply("painAfter"))) {
            return null;
        }
        int before = integer(f.apply("painBefore"), "painBefore", 0, 10, true);
        int after = integer(f.apply("painAfter"), "painAfter", 0, 10, true);
        Integer hold = integer(f.apply("holdSeconds"), "holdSeconds", 0, CheckIn.MAX_HOLD_SECONDS);
        String effortText = f.apply("effort");
        CheckIn.Effort effort = present(effortText) ? Arrays.stream(CheckIn.Effort.values())
                .filter(e -> e.code().equals(effortText.trim().toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new BadInputException("effort", "effort must be mild, strong or painful."))
                : CheckIn.Effort.MILD;
        return new CheckIn(before, after, codes(f.apply("areas"), CheckIn.Area.class, "areas"),
                hold == null ? 30 : hold, effort, codes(f.apply("redFlags"), CheckIn.RedFlag.class, "redFlags"));
    }

    private static <E extends Enum<E>> Set<E> codes(String text, Class<E> type, String field) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (!present(text)) {
            return out;
        }
        for (String s : text.split(",")) {
            String c = s.trim().toLowerCase(Locale.ROOT);
            if (c.isEmpty()) {
                continue;
            }
            E match = Arrays.stream(type.getEnumConstants())
                    .filter(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(c)).findFirst()
                    .orElseThrow(() -> new BadInputException(field, field + " must be a comma-separated list of: "
                            + String.join(", ", Arrays.stream(type.getEnumConstants())
                            .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList()) + "."));
            out.add(match);
        }
        return out;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static Double number(String text, String field, double min, double max) {
        if (!present(text)) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number.");
        }
        if (Double.isNaN(v) || v < min || v > max) {
            throw new BadInputException(field, field + " must be " + (min == Double.MIN_VALUE ? "more than 0"
                    : "between " + fmt(min)) + (min == Double.MIN_VALUE ? " and at most " : " and ") + fmt(max)
                    + (field.equals("minutes") ? " (24 h)." : "."));
        }
        return v;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : Double.toString(v);
    }

    private static Integer integer(String text, String field, int min, int max) {
        return present(text) ? integer(text, field, min, max, true) : null;
    }

    private static int integer(String text, String field, int min, int max, boolean required) {
        if (!present(text)) {
            throw new BadInputException(field, field + " is required: a whole number from " + min + " to " + max + ".");
        }
        int v;
        try {
            v = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
        if (v < min || v > max) {
            throw new BadInputException(field, field + " must be a whole number from " + min + " to " + max + ".");
        }
        return v;
    }
}
