package org.openplate.diary;

import java.util.ArrayList;
import java.util.List;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.common.ConflictException;
import org.openplate.common.NotFoundException;
import org.openplate.common.TextInput;

/** The user's meals: the list (four defaults on first use), adding, renaming, ordering and deleting. */
public final class MealService {

    private final DiaryRepository repo;

    public MealService(DiaryRepository repo) {
        this.repo = repo;
    }

    public List<Meal> meals(UserId user) {
        return repo.meals(user);
    }

    /** The meal chosen in a form or body: null is the first meal; another id must be one of the user's. */
    long resolve(UserId user, Long mealId) {
        if (mealId == null) {
            return repo.meals(user).get(0).id();
        }
        return require(user, mealId, "mealId");
    }

    /** The id when it is one of the user's meals; otherwise 400 naming {@code field} and listing the meals. */
    long require(UserId user, long id, String field) {
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

    /** Renames (when a name is given) and moves a meal; every value is checked before anything is written. */
    public void changeMeal(UserId user, long id, MealChange change) {
        if (change.name() != null) {
            renameMeal(user, id, change.name());
        }
        if (change.move() != 0) {
            moveMeal(user, id, change.move());
        } else if (change.name() == null) {
            own(user, id);
        }
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
        List<Meal> meals = own(user, id);
        if (meals.size() == 1) {
            throw new ConflictException("mealId", "The diary needs at least one meal.");
        }
        if (!repo.deleteMeal(user, id)) {
            throw new ConflictException("mealId", "This meal has entries; move or delete them first.");
        }
    }

    private List<Meal> own(UserId user, long id) {
        List<Meal> meals = repo.meals(user);
        if (meals.stream().noneMatch(m -> m.id() == id)) {
            throw new NotFoundException("No meal with id " + id + ".");
        }
        return meals;
    }

    private static String mealName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > Meal.MAX_NAME) {
            throw new BadInputException("name", "name must be 1 to " + Meal.MAX_NAME + " characters.");
        }
        return n;
    }
}
