package org.openplate.diary;

import java.time.Clock;
import org.openplate.food.FoodService;
import org.openplate.profile.GoalService;
import org.openplate.profile.ProfileService;

/**
 * The diary's services built together, for the wiring and the adapters: no logic of its own.
 *
 * @param days    the read model: the day, the week, totals per day, dates
 * @param entries adding, changing, deleting, restoring and copying entries
 * @param meals   the user's meals
 * @param notes   the day's note and water, and the diary settings
 * @param foods   recent, frequent and favourite foods, and the history search
 * @param recipes recipes
 * @param cards   the "get started" card of today's diary (another feature's, through this port)
 */
public record DiaryServices(DiaryDays days, EntryService entries, MealService meals, DayNotesService notes,
                            DiaryFoods foods, RecipeService recipes, GetStartedCards cards) {

    public DiaryServices(DiaryDays days, EntryService entries, MealService meals, DayNotesService notes,
                         DiaryFoods foods, RecipeService recipes) {
        this(days, entries, meals, notes, foods, recipes, GetStartedCards.NONE);
    }

    /** The same services with the get-started card from {@code cards}. */
    public DiaryServices withCards(GetStartedCards cards) {
        return new DiaryServices(days, entries, meals, notes, foods, recipes, cards);
    }

    public static DiaryServices create(DiaryRepository repo, FoodService foods, ProfileService profiles,
                                       GoalService goals, ExerciseCalories exercise, Clock clock) {
        return create(repo, foods, profiles, goals, exercise, clock, null, 0);
    }

    /**
     * As above, with reading requests' day views kept (see {@link DiaryDays#keptDay}): {@code versions}
     * gives each user's data version, and at most {@code keepDays} views are kept.
     */
    public static DiaryServices create(DiaryRepository repo, FoodService foods, ProfileService profiles,
                                       GoalService goals, ExerciseCalories exercise, Clock clock,
                                       java.util.function.ToLongFunction<org.openplate.account.UserId> versions,
                                       int keepDays) {
        DiaryDays days = new DiaryDays(repo, foods, profiles, goals, exercise, versions, keepDays);
        MealService meals = new MealService(repo);
        return new DiaryServices(days, new EntryService(repo, foods, days, meals, clock), meals,
                new DayNotesService(repo), new DiaryFoods(repo, foods, days), new RecipeService(repo, foods, clock));
    }
}
