package org.openplate.diary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openplate.account.UserId;
import org.openplate.food.Food;
import org.openplate.food.FoodService;

/** The foods a diary knows: recent and frequent ones for the add screen, favourites for search, history. */
public final class DiaryFoods {

    private final DiaryRepository repo;
    private final FoodService foods;
    private final DiaryDays days;

    public DiaryFoods(DiaryRepository repo, FoodService foods, DiaryDays days) {
        this.repo = repo;
        this.foods = foods;
        this.days = days;
    }

    /** Foods the user logged lately, newest first. */
    public List<Food> recentFoods(UserId user, int limit) {
        return foods.visible(repo.recentFoods(user, limit), user);
    }

    /** The add page's two lists: the most recent foods, and the most frequent ones not among them. */
    public record Shortlists(List<Food> recent, List<Food> frequent) {
    }

    /** Up to {@code limit} recent foods, and up to {@code limit} frequent ones that are not also recent (no food twice). */
    public Shortlists shortlists(UserId user, int limit) {
        List<Food> recent = recentFoods(user, limit);
        Set<Long> shown = new java.util.HashSet<>();
        recent.forEach(f -> shown.add(f.id()));
        List<Food> frequent = frequentFoods(user, 2 * limit).stream().filter(f -> !shown.contains(f.id()))
                .limit(limit).toList();
        return new Shortlists(recent, frequent);
    }

    /** Foods the user logged most in the last 90 days. */
    public List<Food> frequentFoods(UserId user, int limit) {
        return foods.visible(repo.frequentFoods(user, days.today(user).minusDays(90), limit), user);
    }

    /** While the food catalogue loads: "The food catalogue is loading (n of 7,907 foods)…"; else empty. */
    public java.util.Optional<String> catalogueLoading() {
        return foods.loading().map(FoodService.Loading::message);
    }

    /** Ids to favour in the user's food searches. */
    public Set<Long> favourites(UserId user) {
        Set<Long> ids = new LinkedHashSet<>(repo.recentFoods(user, 30));
        ids.addAll(repo.frequentFoods(user, days.today(user).minusDays(90), 30));
        return ids;
    }

    /** "When did I last eat X": entries whose name has every word, newest first. */
    public List<DiaryRepository.HistoryRow> history(UserId user, List<String> words, int limit) {
        return words.isEmpty() ? List.of() : repo.history(user, words, limit);
    }
}
