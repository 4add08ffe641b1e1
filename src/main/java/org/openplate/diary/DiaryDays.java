package org.openplate.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.food.FoodService;
import org.openplate.nutrition.NutrientTotals;
import org.openplate.profile.DailyGoal;
import org.openplate.profile.GoalService;
import org.openplate.profile.Person;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;

/** The diary read as days: the day view, the week, totals per day, and which dates a diary has. */
public final class DiaryDays {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final int MAX_DAYS_AHEAD = 365;

    private final DiaryRepository repo;
    private final DiaryLines lines;
    private final ProfileService profiles;
    private final GoalService goals;
    private final ExerciseCalories exercise;
    private final FoodService foods;
    /** The user's data version (see {@link DayCache}); null: nothing is kept. */
    private final ToLongFunction<UserId> versions;
    private final DayCache kept;

    /** @param goals the daily goal in force (the formula's, or one set from the expenditure estimate) */
    public DiaryDays(DiaryRepository repo, FoodService foods, ProfileService profiles, GoalService goals,
                     ExerciseCalories exercise) {
        this(repo, foods, profiles, goals, exercise, null, 0);
    }

    /**
     * @param versions each user's data version, raised after every change the user makes (null: no day is
     *                 kept)
     * @param keep     how many day views {@link #keptDay} keeps (0: none)
     */
    public DiaryDays(DiaryRepository repo, FoodService foods, ProfileService profiles, GoalService goals,
                     ExerciseCalories exercise, ToLongFunction<UserId> versions, int keep) {
        this.repo = repo;
        this.foods = foods;
        this.lines = new DiaryLines(repo, foods);
        this.profiles = profiles;
        this.goals = goals;
        this.exercise = exercise;
        this.versions = versions;
        this.kept = new DayCache(versions == null ? 0 : keep);
    }

    public LocalDate today(UserId user) {
        return profiles.today(profiles.get(user));
    }

    /** A diary date: null is today; otherwise from 1900-01-01 to a year after today (in the user's time zone). */
    public LocalDate date(UserId user, LocalDate d, String field) {
        if (d != null && !d.isBefore(EARLIEST) && !d.isAfter(profiles.earliestToday().plusDays(MAX_DAYS_AHEAD))) {
            return d; // allowed in every time zone, so the user's profile need not be read
        }
        return date(profiles.get(user), d, field);
    }

    private LocalDate date(Profile profile, LocalDate d, String field) {
        return date(profiles.today(profile), d, field);
    }

    private static LocalDate date(LocalDate today, LocalDate d, String field) {
        if (d == null) {
            return today;
        }
        LocalDate latest = today.plusDays(MAX_DAYS_AHEAD);
        if (d.isBefore(EARLIEST) || d.isAfter(latest)) {
            throw new BadInputException(field, field + " must be between " + EARLIEST + " and " + latest
                    + " (at most a year ahead).");
        }
        return d;
    }

    public DayView day(UserId user, LocalDate day) {
        return day(user, profiles.get(user), day);
    }

    /**
     * The day view of a date as asked for (null: today), checked as {@link #date} does; the profile is
     * read once for both.
     */
    public DayView dayAsked(UserId user, LocalDate asked, String field) {
        Profile profile = profiles.get(user);
        return day(user, profile, date(profile, asked, field));
    }

    /**
     * The day summary of {@link #dayAsked} as JSON written by {@code render}, for reading requests only
     * (GET): it is kept and served again while the user's data version, the foods and today's date are
     * unchanged (see {@link DayCache}). A request that changes data reads the day with {@link #day}
     * instead: the user's version is raised only after such a request, so within it a kept day may be
     * older than the change.
     *
     * @param knownVersion the user's data version as read with the session at the start of this request (a
     *                     reading request changes nothing after it), or -1 to read it here
     */
    DayCache.Json keptDay(UserId user, long knownVersion, LocalDate asked, String field,
                          Function<DayView, byte[]> render) {
        if (kept.capacity() == 0) { // keeping off (no versions given, or a size of 0)
            Profile profile = profiles.get(user);
            return new DayCache.Json(render.apply(day(user, profile, date(profile, asked, field))), false);
        }
        long version = knownVersion >= 0 ? knownVersion : versions.applyAsLong(user);
        Profile profile = kept.profile(user.value(), version, () -> profiles.get(user));
        LocalDate today = profiles.today(profile);
        LocalDate d = date(today, asked, field);
        return kept.day(user.value(), d, new DayCache.Stamp(version, foods.foodsVersion(), today),
                () -> render.apply(day(user, profile, kept.standing(user.value(), version, today,
                        () -> standing(user, profile)), d)));
    }

    /**
     * What every day of a user's diary is built with, whatever the date (see {@link DayCache#standing}), and the
     * user's recipes that days built with it have read so far ({@link DiaryLines#builder(UserId, List, Map)}):
     * recipes are the user's rows, so they too are current while the user's version is.
     */
    record Standing(List<Meal> meals, DiarySettings settings, Optional<Integer> goalKcal, Map<Long, Recipe> recipes) {
        Standing {
            meals = List.copyOf(meals);
        }

        Standing(List<Meal> meals, DiarySettings settings, Optional<Integer> goalKcal) {
            this(meals, settings, goalKcal, new java.util.concurrent.ConcurrentHashMap<>());
        }
    }

    private Standing standing(UserId user, Profile profile) {
        return new Standing(repo.meals(user), repo.settings(user), goalKcal(profile));
    }

    private DayView day(UserId user, Profile profile, LocalDate day) {
        return day(user, profile, standing(user, profile), day);
    }

    private DayView day(UserId user, Profile profile, Standing standing, LocalDate day) {
        DiaryRepository.DayRows rows = repo.day(user, day);
        List<Entry> entries = rows.entries();
        DayBuilder builder = lines.builder(user, entries, standing.recipes());
        return builder.build(day, profiles.today(profile), standing.meals(), entries, standing.goalKcal(),
                profile.macros(), exercise.burnedKcal(user, day), standing.settings(), adult(profile, day),
                rows.notes());
    }

    /** The meals that have at least one entry on a day: a meal can be copied from that day only then. */
    java.util.Set<Long> mealsWithEntries(UserId user, LocalDate day) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        repo.entries(user, day, day).forEach(e -> ids.add(e.mealId()));
        return ids;
    }

    public WeekView week(UserId user, LocalDate start) {
        return WeekView.build(this, user, start, repo.entries(user, start, start.plusDays(6)));
    }

    /** One day's totals (entries and nutrient sums with missing counts). */
    public record DailyTotals(LocalDate day, NutrientTotals totals) {
    }

    /** Totals for every day from..to (days without entries have zero items), for reports and charts. */
    public List<DailyTotals> daily(UserId user, LocalDate from, LocalDate to) {
        List<Entry> entries = repo.entries(user, from, to);
        DayBuilder b = lines.builder(user, entries);
        Map<LocalDate, List<org.openplate.nutrition.NutrientAmounts>> byDay = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        entries.forEach(e -> byDay.get(e.day()).add(b.line(e).nutrients()));
        List<DailyTotals> out = new ArrayList<>();
        byDay.forEach((d, items) -> out.add(new DailyTotals(d, NutrientTotals.of(items))));
        return out;
    }

    /** The profile's person for reference intakes on a day, if sex and an adult age are known. */
    public Optional<Person> person(UserId user, LocalDate day) {
        return adult(profiles.get(user), day);
    }

    /** The person for reference intakes: the adult values apply from 19. */
    private Optional<Person> adult(Profile p, LocalDate day) {
        return profiles.person(p, day).filter(x -> x.age() >= 19);
    }

    Optional<Integer> goalKcal(UserId user) {
        return goalKcal(profiles.get(user));
    }

    /** The daily goal in force: one the user set from their expenditure estimate, else the profile's formula. */
    private Optional<Integer> goalKcal(Profile profile) {
        return goals.inForce(profile).map(DailyGoal::kcal);
    }

    DayBuilder builder(UserId user, List<Entry> entries) {
        return lines.builder(user, entries);
    }

    DiaryLines lines() {
        return lines;
    }
}
