package org.openplate.diary;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.food.Food;
import org.openplate.food.FoodService;

/** Diary entries: add, change, delete (with undo), restore and copy between days and meals. */
final class EntryService {

    /** Deleted entries stay restorable (undo) for this long, then housekeeping removes them. */
    static final Duration UNDO_WINDOW = Duration.ofDays(7);

    private final DiaryRepository repo;
    private final FoodService foods;
    private final DiaryDays days;
    private final MealService meals;
    private final Clock clock;

    public EntryService(DiaryRepository repo, FoodService foods, DiaryDays days, MealService meals, Clock clock) {
        this.repo = repo;
        this.foods = foods;
        this.days = days;
        this.meals = meals;
        this.clock = clock;
    }

    /** Adds a food, recipe or quick-add entry at the end of its meal. */
    public Line add(UserId user, AddEntryRequest request) {
        return log(user, request).line();
    }

    /**
     * The entry logged, and whether this request logged it ({@code created} false: the request's client
     * id was already used by one of the user's entries, which is answered instead of logging it twice).
     */
    record Added(Line line, boolean created) {
    }

    /**
     * Adds an entry as {@link #add}, once per client id: a retry of an add whose answer was lost (or
     * that waited offline) finds the entry already logged. Client ids are per user.
     */
    public Added log(UserId user, AddEntryRequest request) {
        if (request.clientId() != null) {
            Optional<Entry> prior = repo.entryByClientId(user, request.clientId());
            if (prior.isPresent()) {
                return new Added(days.lines().line(user, prior.get()), false);
            }
        }
        LocalDate day = days.date(user, request.date(), "date");
        Long mealId = request.mealId();
        // the meal and the position are the insert's to find (see DiaryRepository.append)
        long meal = mealId == null ? 0 : mealId;
        NewEntry what = request.entry();
        Entry draft;
        Food logged = null;
        if (what instanceof NewEntry.FoodPortion p) {
            logged = food(user, p.foodId(), "foodId");
            draft = EntryForm.food(day, meal, 0, logged, p.amount(), p.portion());
        } else if (what instanceof NewEntry.RecipePortion p) {
            draft = EntryForm.recipe(day, meal, 0, recipe(user, p.recipeId(), "recipeId"), p.amount(), p.portion());
        } else {
            draft = EntryForm.quick(day, meal, 0, (NewEntry.QuickAdd) what);
        }
        Optional<DiaryRepository.Inserted> added = repo.append(user, draft, mealId, request.clientId(), clock.millis());
        if (added.isEmpty()) {
            if (mealId == null) {
                meals.resolve(user, null); // a new user's first entry: creates the default meals
            } else {
                meals.require(user, mealId, "mealId"); // throws: not one of the user's meals
            }
            added = repo.append(user, draft, mealId, request.clientId(), clock.millis());
        }
        DiaryRepository.Inserted once = added.orElseThrow(() -> new IllegalStateException(
                "the entry could not be placed in meal " + mealId));
        return new Added(once.created() ? days.lines().line(user, once.entry(), logged)
                : days.lines().line(user, once.entry()), once.created());
    }

    /**
     * Logs several foods and recipes into one meal in one transaction: every item is checked first (a
     * food or recipe that is not the user's answers 404; a bad amount or portion names the item's field),
     * then all are written, or none. Returns the new lines in the order sent.
     */
    public List<Line> addAll(UserId user, BatchRequest request) {
        LocalDate day = days.date(user, request.date(), "date");
        Place place = place(user, day, request.mealId());
        int position = place.position();
        List<Entry> drafts = new ArrayList<>();
        for (BatchRequest.Item item : request.items()) {
            drafts.add(draft(user, day, place.meal(), position++, item));
        }
        return days.lines().lines(user, repo.insert(user, drafts, clock.millis()));
    }

    /** Where new entries go: the meal asked for (null: the first meal) and its next free position on the day. */
    private record Place(long meal, int position) {
    }

    /**
     * The meal asked for, checked to be the user's, with its next position. A named meal is checked and
     * its position found in one statement; the user's meals are listed only for the 400 that names
     * {@code mealId}.
     */
    private Place place(UserId user, LocalDate day, Long mealId) {
        if (mealId == null) {
            Optional<DiaryRepository.Slot> first = repo.firstMealSlot(user, day);
            if (first.isPresent()) {
                return new Place(first.get().meal(), first.get().position());
            }
            long meal = meals.resolve(user, null); // creates the default meals
            return new Place(meal, repo.nextPosition(user, day, meal));
        }
        java.util.OptionalInt next = repo.nextPositionInOwnMeal(user, day, mealId);
        if (next.isPresent()) {
            return new Place(mealId, next.getAsInt());
        }
        meals.require(user, mealId, "mealId"); // throws: not one of the user's meals
        return new Place(mealId, repo.nextPosition(user, day, mealId));
    }

    private Entry draft(UserId user, LocalDate day, long meal, int position, BatchRequest.Item item) {
        String name;
        java.util.function.Supplier<Entry> build;
        if (item.entry() instanceof NewEntry.FoodPortion p) {
            Food f = foods.get(p.foodId(), user);
            name = f.displayName();
            build = () -> EntryForm.food(day, meal, position, f, p.amount(), p.portion());
        } else {
            NewEntry.RecipePortion p = (NewEntry.RecipePortion) item.entry();
            Recipe r = repo.recipe(user, p.recipeId()).orElseThrow(() -> new NotFoundException("No recipe with id "
                    + p.recipeId() + "."));
            if (r.ingredients().isEmpty()) {
                throw new BadInputException(item.key(), r.name() + " has no ingredients yet; add some before logging it.");
            }
            name = r.name();
            build = () -> EntryForm.recipe(day, meal, position, r, p.amount(), p.portion());
        }
        try {
            return build.get();
        } catch (BadInputException e) {
            String field = e.field() == null || e.field().isEmpty() ? item.key() : e.field() + "." + item.key();
            throw new BadInputException(field, name + ": " + e.getMessage());
        }
    }

    /** Changes an entry's amount, portion, meal or date (or a quick add's values). */
    public Line update(UserId user, long id, UpdateEntryRequest request) {
        Entry e = liveEntry(user, id);
        LocalDate day = request.date() != null ? days.date(user, request.date(), "date") : e.day();
        long meal = request.mealId() != null ? meals.resolve(user, request.mealId()) : e.mealId();
        int position = day.equals(e.day()) && meal == e.mealId() ? e.position() : repo.nextPosition(user, day, meal);
        Entry amended;
        if (e instanceof FoodEntry f) {
            amended = EntryForm.amend(f, food(user, f.foodId(), "foodId"), request);
        } else if (e instanceof RecipeEntry r) {
            amended = EntryForm.amend(r, recipe(user, r.recipeId(), "recipeId"), request);
        } else {
            amended = EntryForm.amend((QuickEntry) e, request);
        }
        Entry changed = amended.withPlace(day, meal, position);
        repo.update(user, changed);
        return days.lines().line(user, changed);
    }

    private Entry liveEntry(UserId user, long id) {
        Entry e = repo.entry(user, id).orElseThrow(() -> new NotFoundException("No diary entry with id " + id + "."));
        if (repo.entryDeleted(user, id)) {
            throw new NotFoundException("No diary entry with id " + id + ".");
        }
        return e;
    }

    public Line entry(UserId user, long id) {
        return days.lines().line(user, liveEntry(user, id));
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
        return days.lines().line(user, e);
    }

    /**
     * Copies the entries of a day, or of one meal of it, to another day (into the same meals, or
     * all into {@code toMealId}). One transaction: all entries or none. Returns the copies.
     */
    public List<Line> copy(UserId user, CopyRequest request) {
        Long fromMeal = request.fromMealId();
        Long toMeal = request.toMealId();
        if (fromMeal != null) {
            meals.require(user, fromMeal, "fromMealId");
        }
        if (toMeal != null) {
            meals.require(user, toMeal, "toMealId");
        }
        LocalDate to = request.to();
        List<Entry> source = repo.entries(user, request.from(), request.from()).stream()
                .filter(e -> fromMeal == null || e.mealId() == fromMeal).toList();
        Map<Long, Integer> next = new HashMap<>();
        List<Entry> copies = new ArrayList<>();
        for (Entry e : source) {
            long meal = toMeal != null ? toMeal : e.mealId();
            int position = next.computeIfAbsent(meal, m -> repo.nextPosition(user, to, m));
            next.put(meal, position + 1);
            copies.add(e.withPlace(to, meal, position));
        }
        return days.lines().lines(user, repo.insert(user, copies, clock.millis()));
    }

    /** Removes entries deleted longer ago than the undo window; returns how many. */
    public int purgeDeleted() {
        return repo.purgeDeleted(clock.millis() - UNDO_WINDOW.toMillis());
    }

    /** A food to log; an id that is not the user's (or is unknown) is bad input on {@code field}. */
    private Food food(UserId user, long id, String field) {
        try {
            return foods.get(id, user);
        } catch (NotFoundException e) {
            throw new BadInputException(field, "No food with id " + id + " (" + field + ").");
        }
    }

    private Recipe recipe(UserId user, long id, String field) {
        Recipe r = repo.recipe(user, id).orElseThrow(() -> new BadInputException(field,
                "No recipe with id " + id + " (" + field + ")."));
        if (r.ingredients().isEmpty()) {
            throw new BadInputException(field, "This recipe has no ingredients yet; add some before logging it.");
        }
        return r;
    }
}
