package org.openplate.diary;

import org.openplate.common.TextInput;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.NotFoundException;
import org.openplate.food.Food;
import org.openplate.food.FoodService;
import org.openplate.profile.DailyGoal;
import org.openplate.profile.GoalService;
import org.openplate.profile.Person;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;

/** The food diary: entries, meals, copying, day and week figures, notes, water and settings. */
public final class DiaryService {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final int MAX_DAYS_AHEAD = 365;
    static final double MAX_QUICK_KCAL = 10_000;
    static final double MAX_QUICK_GRAMS = 1_000;
    static final double MAX_WATER_ML = 20_000;
    static final int MAX_NOTE = 2_000;

    private final DiaryRepository repo;
    private final FoodService foods;
    private final ProfileService profiles;
    private final ExerciseCalories exercise;
    private final Clock clock;
    private final GoalService goals;

    /** @param goals the daily goal in force (the formula's, or one set from the expenditure estimate) */
    public DiaryService(DiaryRepository repo, FoodService foods, ProfileService profiles, GoalService goals,
                        ExerciseCalories exercise, Clock clock) {
        this.goals = goals;
        this.repo = repo;
        this.foods = foods;
        this.profiles = profiles;
        this.exercise = exercise;
        this.clock = clock;
    }

    public LocalDate today(UserId user) {
        return profiles.today(profiles.get(user));
    }

    /** A diary date: from 1900-01-01 to a year after today (in the user's time zone). */
    public LocalDate date(UserId user, String text, String field) {
        if (text == null || text.isBlank()) {
            return today(user);
        }
        LocalDate d;
        try {
            d = LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field, field + " must be a date as yyyy-mm-dd.");
        }
        LocalDate latest = today(user).plusDays(MAX_DAYS_AHEAD);
        if (d.isBefore(EARLIEST) || d.isAfter(latest)) {
            throw new BadInputException(field, field + " must be between " + EARLIEST + " and " + latest
                    + " (at most a year ahead).");
        }
        return d;
    }

    // ---- the day

    public DayView day(UserId user, LocalDate day) {
        Profile profile = profiles.get(user);
        List<Meal> meals = repo.meals(user);
        List<Entry> entries = repo.entries(user, day, day);
        DayBuilder builder = builder(user, entries);
        Optional<Person> person = adult(profile, day);
        return builder.build(day, profiles.today(profile), meals, entries, goalKcal(user, profile),
                profile.macros(), exercise.burnedKcal(user, day), repo.settings(user), person,
                repo.dayNotes(user, day));
    }

    /** The person for reference intakes: the adult values apply from 19. */
    private Optional<Person> adult(Profile p, LocalDate day) {
        return profiles.person(p, day).filter(x -> x.age() >= 19);
    }

    /** Loads the foods and recipes (with their ingredients' foods) that entries refer to. */
    DayBuilder builder(UserId user, List<Entry> entries) {
        Set<Long> foodIds = new HashSet<>();
        Set<Long> recipeIds = new HashSet<>();
        for (Entry e : entries) {
            if (e.foodId() != null) {
                foodIds.add(e.foodId());
            }
            if (e.recipeId() != null) {
                recipeIds.add(e.recipeId());
            }
        }
        Map<Long, Recipe> recipes = new java.util.HashMap<>();
        repo.recipesById(user, recipeIds).forEach(r -> {
            recipes.put(r.id(), r);
            r.ingredients().forEach(i -> foodIds.add(i.foodId()));
        });
        return new DayBuilder(foods.logged(foodIds, user), recipes);
    }

    // ---- entries

    /** Adds a food, recipe or quick-add entry; fields as in {@link EntryForm}. */
    public Line add(UserId user, Function<String, String> input) {
        Function<String, String> fields = TextInput.checked(input);
        LocalDate day = date(user, fields.apply("date"), "date");
        long meal = meal(user, fields.apply("mealId"));
        Entry draft = EntryForm.parse(this, user, day, meal, repo.nextPosition(user, day, meal), fields);
        Entry saved = repo.insert(user, List.of(draft), clock.millis()).get(0);
        return builder(user, List.of(saved)).line(saved);
    }

    /** Changes an entry's amount, portion, meal or date (or a quick add's values). */
    public Line update(UserId user, long id, Function<String, String> input) {
        Function<String, String> fields = TextInput.checked(input);
        Entry e = liveEntry(user, id);
        LocalDate day = present(fields.apply("date")) ? date(user, fields.apply("date"), "date") : e.day();
        long meal = present(fields.apply("mealId")) ? meal(user, fields.apply("mealId")) : e.mealId();
        int position = day.equals(e.day()) && meal == e.mealId() ? e.position() : repo.nextPosition(user, day, meal);
        Entry changed = EntryForm.amend(this, user, e, fields).withPlace(day, meal, position);
        repo.update(user, changed);
        return builder(user, List.of(changed)).line(changed);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    Entry liveEntry(UserId user, long id) {
        Entry e = repo.entry(user, id).orElseThrow(() -> new NotFoundException("No diary entry with id " + id + "."));
        if (repo.entryDeleted(user, id)) {
            throw new NotFoundException("No diary entry with id " + id + ".");
        }
        return e;
    }

    public Line entry(UserId user, long id) {
        Entry e = liveEntry(user, id);
        return builder(user, List.of(e)).line(e);
    }

    /** Deletes an entry (restorable with {@link #restore}); returns its day. */
    public LocalDate delete(UserId user, long id) {
        Entry e = liveEntry(user, id);
        repo.markDeleted(user, id, clock.millis());
        return e.day();
    }

    public Line restore(UserId user, long id) {
        Entry e = repo.entry(user, id).orElseThrow(() -> new NotFoundException("No diary entry with id " + id + "."));
        repo.restore(user, id);
        return builder(user, List.of(e)).line(e);
    }

    /**
     * Copies the entries of a day, or of one meal of it, to another day (into the same meals, or
     * all into {@code toMeal}). One transaction: all entries or none. Returns how many were copied.
     */
    public List<Line> copy(UserId user, LocalDate from, Long fromMeal, LocalDate to, Long toMeal) {
        if (fromMeal != null) {
            requireMeal(user, fromMeal, "fromMealId");
        }
        if (toMeal != null) {
            requireMeal(user, toMeal, "toMealId");
        }
        List<Entry> source = repo.entries(user, from, from).stream()
                .filter(e -> fromMeal == null || e.mealId() == fromMeal).toList();
        Map<Long, Integer> next = new java.util.HashMap<>();
        List<Entry> copies = new ArrayList<>();
        for (Entry e : source) {
            long meal = toMeal != null ? toMeal : e.mealId();
            int position = next.computeIfAbsent(meal, m -> repo.nextPosition(user, to, m));
            next.put(meal, position + 1);
            copies.add(e.withPlace(to, meal, position));
        }
        List<Entry> saved = repo.insert(user, copies, clock.millis());
        DayBuilder b = builder(user, saved);
        return saved.stream().map(b::line).toList();
    }

    /** Deleted entries stay restorable (undo) for this long, then housekeeping removes them. */
    static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofDays(7);

    /** Removes entries deleted longer ago than the undo window; returns how many. */
    public int purgeDeleted() {
        return repo.purgeDeleted(clock.millis() - UNDO_WINDOW.toMillis());
    }

    // ---- meals

    public List<Meal> meals(UserId user) {
        return repo.meals(user);
    }

    long meal(UserId user, String text) {
        List<Meal> meals = repo.meals(user);
        if (!present(text)) {
            return meals.get(0).id();
        }
        long id;
        try {
            id = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            id = -1;
        }
        return requireMeal(user, id, "mealId");
    }

    private long requireMeal(UserId user, long id, String field) {
        List<Meal> meals = repo.meals(user);
        if (meals.stream().noneMatch(m -> m.id() == id)) {
            throw new BadInputException(field, field + " must be one of your meals ("
                    + String.join(", ", meals.stream().map(m -> m.id() + " " + m.name()).toList()) + ").");
        }
        return id;
    }

    public Meal addMeal(UserId user, String name) {
        if (repo.meals(user).size() >= Meal.MAX_MEALS) {
            throw new BadInputException("name", "You can have at most " + Meal.MAX_MEALS + " meals.");
        }
        return repo.addMeal(user, mealName(TextInput.line("name", name)));
    }

    public void renameMeal(UserId user, long id, String name) {
        String checked = mealName(TextInput.line("name", name));
        if (repo.meals(user).stream().noneMatch(m -> m.id() == id)) {
            throw new NotFoundException("No meal with id " + id + ".");   // a path id: another user's is 404
        }
        repo.renameMeal(user, id, checked);
    }

    /** Moves a meal up (delta -1) or down (+1) in the order. */
    public void moveMeal(UserId user, long id, int delta) {
        List<Long> ids = new ArrayList<>(repo.meals(user).stream().map(Meal::id).toList());
        int i = ids.indexOf(id);
        if (i < 0) {
            throw new NotFoundException("No meal with id " + id + ".");
        }
        int j = Math.max(0, Math.min(ids.size() - 1, i + Integer.signum(delta)));
        ids.add(j, ids.remove(i));
        repo.reorderMeals(user, ids);
    }

    public void deleteMeal(UserId user, long id) {
        List<Meal> meals = repo.meals(user);
        if (meals.stream().noneMatch(m -> m.id() == id)) {
            throw new NotFoundException("No meal with id " + id + ".");
        }
        if (meals.size() == 1) {
            throw new ConflictException("mealId", "The diary needs at least one meal.");
        }
        if (!repo.deleteMeal(user, id)) {
            throw new ConflictException("mealId", "This meal has entries; move or delete them first.");
        }
    }

    private static String mealName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Meal.MAX_NAME) {
            throw new BadInputException("name", "name must be 1 to " + Meal.MAX_NAME + " characters.");
        }
        return n;
    }

    // ---- foods for the add screen

    /** Foods the user logged lately, newest first. */
    public List<Food> recentFoods(UserId user, int limit) {
        return ordered(user, repo.recentFoods(user, limit));
    }

    /** Foods the user logged most in the last 90 days. */
    public List<Food> frequentFoods(UserId user, int limit) {
        return ordered(user, repo.frequentFoods(user, today(user).minusDays(90), limit));
    }

    /** Ids to favour in the user's food searches. */
    public Set<Long> favourites(UserId user) {
        Set<Long> ids = new LinkedHashSet<>(repo.recentFoods(user, 30));
        ids.addAll(repo.frequentFoods(user, today(user).minusDays(90), 30));
        return ids;
    }

    private List<Food> ordered(UserId user, List<Long> ids) {
        return foods.visible(ids, user);
    }

    // ---- history, week

    /** "When did I last eat X": entries whose name has every word, newest first. */
    public List<DiaryRepository.HistoryRow> history(UserId user, String query, int limit) {
        TextInput.line("q", query);
        List<String> words = query == null ? List.of() : Arrays.stream(query.trim().split("\\s+"))
                .filter(w -> !w.isBlank()).limit(6).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return repo.history(user, words, limit);
    }

    /** One day's totals (entries and nutrient sums with missing counts). */
    public record DailyTotals(LocalDate day, org.openplate.nutrition.NutrientTotals totals) {
    }

    /** Totals for every day from..to (days without entries have zero items), for reports and charts. */
    public List<DailyTotals> daily(UserId user, LocalDate from, LocalDate to) {
        List<Entry> entries = repo.entries(user, from, to);
        DayBuilder b = builder(user, entries);
        Map<LocalDate, List<org.openplate.nutrition.NutrientAmounts>> byDay = new java.util.TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            byDay.put(d, new ArrayList<>());
        }
        entries.forEach(e -> byDay.get(e.day()).add(b.line(e).nutrients()));
        List<DailyTotals> out = new ArrayList<>();
        byDay.forEach((d, items) -> out.add(new DailyTotals(d, org.openplate.nutrition.NutrientTotals.of(items))));
        return out;
    }

    /** The profile's person for reference intakes on a day, if sex and an adult age are known. */
    public Optional<Person> person(UserId user, LocalDate day) {
        return adult(profiles.get(user), day);
    }

    public WeekView week(UserId user, LocalDate start) {
        return WeekView.build(this, user, start, repo.entries(user, start, start.plusDays(6)));
    }

    Optional<Integer> goalKcal(UserId user) {
        return goalKcal(user, profiles.get(user));
    }

    /** The daily goal in force: one the user set from their expenditure estimate, else the profile's formula. */
    private Optional<Integer> goalKcal(UserId user, Profile profile) {
        return goals.inForce(profile).map(DailyGoal::kcal);
    }

    // ---- notes, water, settings

    public void saveNote(UserId user, LocalDate day, String note) {
        String n = note == null ? "" : TextInput.lines("note", note).strip();
        if (n.length() > MAX_NOTE) {
            throw new BadInputException("note", "note must be at most " + MAX_NOTE + " characters.");
        }
        repo.saveNote(user, day, n.isEmpty() ? null : n);
    }

    /**
     * Sets the day's water ({@code set}) or adds to it ({@code add}, may be negative), in the
     * user's water unit unless {@code unit} says cups or ml. Returns the new total in ml.
     */
    public double water(UserId user, LocalDate day, Function<String, String> input) {
        Function<String, String> fields = TextInput.checked(input);
        WaterUnit unit = present(fields.apply("unit")) ? WaterUnit.fromCode(fields.apply("unit")).orElseThrow(
                () -> new BadInputException("unit", "unit must be cups or ml.")) : repo.settings(user).waterUnit();
        double current = repo.dayNotes(user, day).waterMl();
        double total;
        if (present(fields.apply("set"))) {
            total = unit.toMl(number(fields.apply("set"), "set"));
        } else if (present(fields.apply("add"))) {
            total = current + unit.toMl(number(fields.apply("add"), "add"));
        } else {
            throw new BadInputException("add", "add (or set) is required: an amount of water in " + unit.code() + ".");
        }
        if (total < 0 || total > MAX_WATER_ML) {
            throw new BadInputException(present(fields.apply("set")) ? "set" : "add",
                    "water for a day must come to between 0 and 20,000 ml (about 84 cups).");
        }
        repo.saveWater(user, day, total);
        return total;
    }

    static double number(String text, String field) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be a number.");
        }
    }

    public DiarySettings settings(UserId user) {
        return repo.settings(user);
    }

    public DiarySettings saveSettings(UserId user, Function<String, String> input) {
        Function<String, String> fields = TextInput.checked(input);
        DiarySettings now = repo.settings(user);
        ExerciseCredit credit = present(fields.apply("exerciseCredit"))
                ? ExerciseCredit.fromCode(fields.apply("exerciseCredit")).orElseThrow(() -> new BadInputException(
                        "exerciseCredit", "exerciseCredit must be all, half or none."))
                : now.exerciseCredit();
        WaterUnit water = present(fields.apply("waterUnit"))
                ? WaterUnit.fromCode(fields.apply("waterUnit")).orElseThrow(() -> new BadInputException(
                        "waterUnit", "waterUnit must be cups or ml."))
                : now.waterUnit();
        DiarySettings s = new DiarySettings(credit, water);
        repo.saveSettings(user, s);
        return s;
    }

    // ---- for EntryForm and RecipeService

    Food food(UserId user, String idText, String field) {
        long id;
        try {
            id = Long.parseLong(idText.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be the id of a food.");
        }
        try {
            return foods.get(id, user);
        } catch (NotFoundException e) {
            throw new BadInputException(field, "No food with id " + id + " (" + field + ").");
        }
    }

    Recipe recipe(UserId user, String idText, String field) {
        long id;
        try {
            id = Long.parseLong(idText.trim());
        } catch (NumberFormatException e) {
            throw new BadInputException(field, field + " must be the id of one of your recipes.");
        }
        Recipe r = repo.recipe(user, id).orElseThrow(() -> new BadInputException(field,
                "No recipe with id " + id + " (" + field + ")."));
        if (r.ingredients().isEmpty()) {
            throw new BadInputException(field, "This recipe has no ingredients yet; add some before logging it.");
        }
        return r;
    }

    DiaryRepository repository() {
        return repo;
    }

    Clock clock() {
        return clock;
    }
}
