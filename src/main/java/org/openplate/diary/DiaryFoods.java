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

    /** Foods the user logged lately, newest first, as the day page's one-tap adds show them. */
    public List<org.openplate.food.FoodSummary> recentSummaries(UserId user, int limit) {
        return recentFoods(user, limit).stream().map(org.openplate.food.FoodSummary::of).toList();
    }

    /**
     * The add page's two lists (the most recent foods, and the most frequent ones not among them) and the ids
     * its search favours, from one read of each.
     */
    public record Shortlists(List<Food> recent, List<Food> frequent, Set<Long> favourites) {
    }

    /** Up to {@code limit} (at most {@link #FAVOURITES} / 2) of each list; no food is in both. */
    public Shortlists shortlists(UserId user, int limit) {
        List<Long> recentIds = repo.recentFoods(user, FAVOURITES);
        List<Long> frequentIds = repo.frequentFoods(user, days.today(user).minusDays(90), FAVOURITES);
        Set<Long> favourites = new LinkedHashSet<>(recentIds);
        favourites.addAll(frequentIds);
        List<Food> recent = foods.visible(recentIds.subList(0, Math.min(limit, recentIds.size())), user);
        Set<Long> shown = new java.util.HashSet<>();
        recent.forEach(f -> shown.add(f.id()));
        List<Food> frequent = foods.visible(frequentIds.subList(0, Math.min(2 * limit, frequentIds.size())), user)
                .stream().filter(f -> !shown.contains(f.id())).limit(limit).toList();
        return new Shortlists(recent, frequent, favourites);
    }

    /** Foods the user logged most in the last 90 days. */
    public List<Food> frequentFoods(UserId user, int limit) {
        return foods.visible(repo.frequentFoods(user, days.today(user).minusDays(90), limit), user);
    }

    /** While the food catalogue loads: "The food catalogue is loading (n of 7,907 foods)…"; else empty. */
    public java.util.Optional<String> catalogueLoading() {
        return foods.loading().map(FoodService.Loading::message);
    }

    /** How many recent and how many frequent foods a search favours. */
    static final int FAVOURITES = 30;

    /** Ids to favour in the user's food searches. */
    public Set<Long> favourites(UserId user) {
        Set<Long> ids = new LinkedHashSet<>(repo.recentFoods(user, FAVOURITES));
        ids.addAll(repo.frequentFoods(user, days.today(user).minusDays(90), FAVOURITES));
        return ids;
    }

    /** "When did I last eat X": entries whose name has every word, newest first. */
    public List<DiaryRepository.HistoryRow> history(UserId user, List<String> words, int limit) {
        return words.isEmpty() ? List.of() : repo.history(user, words, limit);
    }
}
