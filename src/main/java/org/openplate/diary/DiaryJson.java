package org.openplate.diary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutrientTotals;

/** JSON shapes of the diary API. Amounts carry their unit in the name; values are rounded to 0.01. */
final class DiaryJson {

    private DiaryJson() {
    }

    record EntryJson(long id, String date, String kind, long mealId, String name, String description, Long foodId,
                     Long recipeId, Double amount, String portion, Double grams, Double kcal, Double proteinG,
                     Double carbsG, Double fatG) {
    }

    record MacroTotals(double kcal, double proteinG, double carbsG, double fatG, int entries) {
    }

    record MealJson(long id, String name, int position, List<EntryJson> entries, MacroTotals totals) {
    }

    record NutrientJson(String id, String name, String unit, Double amount, int entriesMissing) {
    }

    record DayJson(String date, Integer goalKcal, double foodKcal, Double exerciseKcal, double exerciseCreditedKcal,
                   Double remainingKcal, String exerciseCredit, List<MealJson> meals, MacroTotals totals,
                   List<DayView.MacroRow> macros, List<DayView.MicroRow> micronutrients, List<NutrientJson> nutrients,
                   String note, double waterMl) {
    }

    static EntryJson entry(Line l) {
        return new EntryJson(l.id(), l.day().toString(), l.kind().code(), l.mealId(), l.name(), l.description(),
                l.foodId(), l.recipeId(), l.amount(), l.unit(), r(l.grams()), r(l.kcal()), r(l.protein()),
                r(l.carbs()), r(l.fat()));
    }

    static MacroTotals totals(NutrientTotals t) {
        return new MacroTotals(r(t.totalOrZero(NutrientCatalog.ENERGY)), r(t.totalOrZero(NutrientCatalog.PROTEIN)),
                r(t.totalOrZero(NutrientCatalog.CARBS)), r(t.totalOrZero(NutrientCatalog.FAT)), t.items());
    }

    static DayJson day(DayView d) {
        List<MealJson> meals = new ArrayList<>();
        for (DayView.MealBlock b : d.meals()) {
            meals.add(new MealJson(b.meal().id(), b.meal().name(), b.meal().position(),
                    b.lines().stream().map(DiaryJson::entry).toList(), totals(b.totals())));
        }
        List<NutrientJson> nutrients = new ArrayList<>();
        for (Nutrient n : NutrientCatalog.all()) {
            if (d.totals().has(n.id())) {
                nutrients.add(new NutrientJson(n.id(), n.name(), n.unit(), r(d.totals().sums().orNull(n.id())),
                        d.totals().missing(n.id())));
            }
        }
        DayView.Budget b = d.budget();
        return new DayJson(d.day().toString(), b.goalKcal(), r(b.foodKcal()), r(b.exerciseKcal()),
                r(b.creditedKcal()), r(b.remainingKcal()), d.settings().exerciseCredit().code(), meals,
                totals(d.totals()), d.macros(), d.micros(), nutrients, d.note(), r(d.waterMl()));
    }

    /** The week with dates as yyyy-mm-dd and figures rounded to 0.01, like the day view. */
    static Map<String, Object> week(WeekView w) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("start", w.start().toString());
        out.put("goalKcal", w.goalKcal());
        out.put("days", w.days().stream().map(d -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("kcal", r2(d.kcal()));
            m.put("proteinG", r2(d.proteinG()));
            m.put("carbsG", r2(d.carbsG()));
            m.put("fatG", r2(d.fatG()));
            m.put("entries", d.entries());
            m.put("remainingKcal", d.remainingKcal() == null ? null : r2(d.remainingKcal()));
            return m;
        }).toList());
        out.put("loggedDays", w.loggedDays());
        out.put("avgKcal", r2(w.avgKcal()));
        out.put("avgProteinG", r2(w.avgProteinG()));
        out.put("avgCarbsG", r2(w.avgCarbsG()));
        out.put("avgFatG", r2(w.avgFatG()));
        return out;
    }

    private static double r2(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    static Map<String, Object> items(List<?> items) {
        return Map.of("items", items);
    }

    static Double r(Double v) {
        return v == null ? null : Math.round(v * 100) / 100.0;
    }

    static double r(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
