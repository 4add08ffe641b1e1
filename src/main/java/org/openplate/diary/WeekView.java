package org.openplate.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openplate.account.UserId;
import org.openplate.nutrition.NutrientAmounts;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutrientTotals;

/**
 * Seven days from {@code start}: calories against the goal per day, and macro averages over the
 * days that have entries (an empty day is not averaged in as zero).
 */
public record WeekView(LocalDate start, Integer goalKcal, List<Day> days, int loggedDays, double avgKcal,
                       double avgProteinG, double avgCarbsG, double avgFatG) {

    /** One day: calories eaten, entries, and goal − food (null without a goal). */
    public record Day(LocalDate date, double kcal, double proteinG, double carbsG, double fatG, int entries,
                      Double remainingKcal) {
    }

    static WeekView build(DiaryDays diary, UserId user, LocalDate start, List<Entry> entries) {
        DayBuilder builder = diary.builder(user, entries);
        Map<LocalDate, List<NutrientAmounts>> byDay = new LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            byDay.put(start.plusDays(i), new ArrayList<>());
        }
        for (Entry e : entries) {
            byDay.get(e.day()).add(builder.line(e).nutrients());
        }
        Integer goal = diary.goalKcal(user).orElse(null);
        List<Day> days = new ArrayList<>();
        int logged = 0;
        double kcal = 0;
        double protein = 0;
        double carbs = 0;
        double fat = 0;
        for (Map.Entry<LocalDate, List<NutrientAmounts>> d : byDay.entrySet()) {
            NutrientTotals t = NutrientTotals.of(d.getValue());
            double k = t.totalOrZero(NutrientCatalog.ENERGY);
            days.add(new Day(d.getKey(), k, t.totalOrZero(NutrientCatalog.PROTEIN), t.totalOrZero(NutrientCatalog.CARBS),
                    t.totalOrZero(NutrientCatalog.FAT), t.items(), goal == null ? null : goal - k));
            if (t.items() > 0) {
                logged++;
                kcal += k;
                protein += t.totalOrZero(NutrientCatalog.PROTEIN);
                carbs += t.totalOrZero(NutrientCatalog.CARBS);
                fat += t.totalOrZero(NutrientCatalog.FAT);
            }
        }
        int n = Math.max(1, logged);
        return new WeekView(start, goal, days, logged, kcal / n, protein / n, carbs / n, fat / n);
    }
}
