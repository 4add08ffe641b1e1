package org.openplate.exercise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.energy.MetCalories;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.units.UnitSystem;

/** The exercise log: activities from the Compendium, calories by MET, and back-care check-ins. */
public final class ExerciseService {

    /** Used for strength entries when no activity is chosen: weight training, 8-15 reps, varied resistance. */
    static final String STRENGTH_DEFAULT = "02054";

    private final ExerciseRepository repo;
    private final ActivityCatalog catalog;
    private final ProfileService profiles;
    private final Clock clock;
    private final BackCareAlerts alerts;

    /**
     * Told when a check-in needs the user's attention (e.g. to notify them): the advice is to stop and see
     * a doctor, or the pain rose by {@link BackCareGuidance#ALERT_RISE} points or more.
     */
    @FunctionalInterface
    public interface BackCareAlerts {
        BackCareAlerts NONE = (user, entry, advice) -> { };

        void alert(UserId user, ExerciseEntry entry, BackCareGuidance.Advice advice);
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

    /** The user's display units (distances and loads are stored metric). */
    public UnitSystem units(UserId user) {
        return profiles.get(user).units();
    }

    /** The day itself, or today when null; refused outside 1900-01-01 to tomorrow (the user's time zone). */
    public LocalDate checkedDate(UserId user, LocalDate d) {
        if (d == null) {
            return today(user);
        }
        LocalDate latest = today(user).plusDays(1);
        if (d.isBefore(LocalDate.of(1900, 1, 1)) || d.isAfter(latest)) {
            throw new BadInputException("date", "date must be between 1900-01-01 and " + latest + ".");
        }
        return d;
    }

    /** Exercise calories of a day for the diary; empty when nothing is logged. */
    public OptionalDouble burnedKcal(UserId user, LocalDate day) {
        double[] kcal = repo.kcalOfDay(user, day);
        return kcal.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(java.util.Arrays.stream(kcal).sum());
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

    /** The minutes an activity form starts with, and the estimate shown before logging is for. */
    public static final int DEFAULT_MINUTES = 30;

    /**
     * kcal per minute of each activity for this user (their profile weight and net-of-rest choice), by
     * the MET formula of {@link MetCalories} (ACSM): empty without a weight.
     */
    public java.util.Map<String, Double> kcalPerMinute(UserId user, List<Activity> activities) {
        Double weight = profiles.get(user).weightKg();
        if (weight == null) {
            return java.util.Map.of();
        }
        boolean net = repo.netOfRest(user);
        java.util.Map<String, Double> out = new java.util.HashMap<>();
        activities.forEach(a -> out.put(a.code(), MetCalories.kcalPerMinute(a.met(), weight, net)));
        return out;
    }

    /** The user's most recent check-in, to prefill the next one. */
    public java.util.Optional<CheckIn> lastCheckIn(UserId user) {
        List<ExerciseRepository.Dated> last = repo.checkIns(user, 1);
        return last.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(last.get(last.size() - 1).checkIn());
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

    public void saveNetOfRest(UserId user, boolean netOfRest) {
        repo.saveNetOfRest(user, netOfRest);
    }

    /**
     * Logs an entry: the chosen activity (weight training by default for strength, required for
     * cardio), calories by MET, by a custom rate or as entered, and the back-care advice for a
     * check-in.
     */
    public Logged log(UserId user, LogActivityRequest r) {
        LocalDate day = checkedDate(user, r.date());
        String kind = r.kind();
        boolean net = repo.netOfRest(user);
        Activity activity = r.activity();
        if (activity == null && kind.equals(ExerciseEntry.STRENGTH)) {
            activity = catalog.byCode(STRENGTH_DEFAULT).orElseThrow();
        } else if (activity == null && kind.equals(ExerciseEntry.CARDIO)) {
            throw new BadInputException("activityCode", "activityCode is required: choose an activity.");
        }
        Double minutes = r.minutes();
        if (minutes == null && r.sets() != null && kind.equals(ExerciseEntry.STRENGTH)) {
            minutes = MetCalories.minutesForSets(r.sets());
        }
        boolean custom = kind.equals(ExerciseEntry.CUSTOM);
        Double met = custom ? r.met() : activity == null ? null : activity.met();
        Double rate = custom ? r.kcalPerMinute() : null;
        Double typed = r.kcal();
        String name = name(r.name(), activity, kind);
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
        CheckIn checkIn = r.checkIn();
        ExerciseEntry e = new ExerciseEntry(0, day, kind, activity == null ? null : activity.code(),
                activity == null ? null : activity.edition(), name, minutes, r.distanceKm(), r.sets(), r.reps(),
                r.loadKg(), rate != null ? null : met, rate, weight, net && typed == null && rate == null, kcal,
                typed != null, checkIn);
        List<CheckIn> earlier = checkIn == null ? List.of()
                : repo.checkIns(user, 10).stream().map(ExerciseRepository.Dated::checkIn).toList();
        ExerciseEntry saved = repo.insert(user, e, clock.millis());
        List<BackCareGuidance.Advice> advice = checkIn == null ? List.of() : BackCareGuidance.advise(checkIn, earlier);
        if (checkIn != null) {
            BackCareGuidance.alert(checkIn, earlier).ifPresent(a -> alerts.alert(user, saved, a));
        }
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

    private static String name(String typed, Activity activity, String kind) {
        if (typed != null) {
            return typed;
        }
        if (activity != null) {
            return activity.description();
        }
        throw new BadInputException("name", "name is required for a " + kind + " entry (1 to 80 characters).");
    }
}
