package org.openplate.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openplate.energy.MacroSplit;
import org.openplate.energy.MacroTargets;
import org.openplate.food.Food;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientAmounts;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutrientTotals;
import org.openplate.nutrition.ReferenceIntakes;
import org.openplate.profile.Person;

/** Turns stored entries plus their foods and recipes into lines, subtotals and the day's figures. */
final class DayBuilder {

    private final Map<Long, Food> foods;
    private final Map<Long, Recipe> recipes;
    private final Map<Long, NutrientAmounts> recipePerGram = new HashMap<>();

    DayBuilder(Map<Long, Food> foods, Map<Long, Recipe> recipes) {
        this.foods = foods;
        this.recipes = recipes;
    }

    Line line(Entry entry) {
        return switch (entry.kind()) {
            case QUICK -> {
                QuickEntry e = (QuickEntry) entry;
                NutrientAmounts n = NutrientAmounts.builder().put(NutrientCatalog.ENERGY, e.kcal())
                        .putIfKnown(NutrientCatalog.PROTEIN, e.proteinG())
                        .putIfKnown(NutrientCatalog.CARBS, e.carbsG())
                        .putIfKnown(NutrientCatalog.FAT, e.fatG()).build();
                String name = e.name() == null || e.name().isBlank() ? "Quick add" : e.name();
                yield new Line(e.id(), e.day(), e.kind(), e.mealId(), name, "quick add", null, null, null, null, null, n, null);
            }
            case FOOD -> {
                FoodEntry e = (FoodEntry) entry;
                Food f = foods.get(e.foodId());
                NutrientAmounts n = f == null ? NutrientAmounts.NONE : f.nutrients().forGrams(e.grams());
                String name = f == null ? "Unavailable food" : f.displayName();
                yield new Line(e.id(), e.day(), e.kind(), e.mealId(), name, Amounts.describe(e.amount(), e.unit(), e.grams()),
                        e.foodId(), null, e.amount(), e.unit(), e.grams(), n, f == null ? null : Amounts.units(f));
            }
            case RECIPE -> {
                RecipeEntry e = (RecipeEntry) entry;
                Recipe r = recipes.get(e.recipeId());
                NutrientAmounts n = r == null ? NutrientAmounts.NONE : perGram(r).scale(e.grams());
                yield new Line(e.id(), e.day(), e.kind(), e.mealId(), r == null ? "Unavailable recipe" : r.name(),
                        Amounts.describe(e.amount(), e.unit(), e.grams()), null, e.recipeId(), e.amount(), e.unit(),
                        e.grams(), n, List.of(Amounts.SERVING, "g"));
            }
        };
    }

    /**
     * A recipe's nutrients per gram. A nutrient counts only when every ingredient has a value for it:
     * a sum with gaps would pass a lower bound off as the amount.
     */
    NutrientAmounts perGram(Recipe r) {
        return recipePerGram.computeIfAbsent(r.id(), id -> {
            NutrientAmounts total = recipeTotals(r, foods);
            return total.isEmpty() ? total : total.divide(r.totalGrams());
        });
    }

    /** The whole recipe's nutrient amounts, for nutrients every ingredient has. */
    static NutrientAmounts recipeTotals(Recipe r, Map<Long, Food> foods) {
        if (r.totalGrams() <= 0) {
            return NutrientAmounts.NONE;
        }
        List<NutrientAmounts> parts = new ArrayList<>();
        for (Recipe.Ingredient i : r.ingredients()) {
            Food f = foods.get(i.foodId());
            parts.add(f == null ? NutrientAmounts.NONE : f.nutrients().forGrams(i.grams()));
        }
        return NutrientTotals.of(parts).complete();
    }

    DayView build(LocalDate day, LocalDate today, List<Meal> meals, List<Entry> entries,
                  Optional<Integer> goal, MacroSplit split, OptionalDouble exercise,
                  DiarySettings settings, Optional<Person> person, DiaryRepository.DayNotes notes) {
        Map<Long, List<Line>> byMeal = new LinkedHashMap<>();
        meals.forEach(m -> byMeal.put(m.id(), new ArrayList<>()));
        for (Entry e : entries) {
            byMeal.computeIfAbsent(e.mealId(), k -> new ArrayList<>()).add(line(e));
        }
        List<DayView.MealBlock> blocks = new ArrayList<>();
        NutrientTotals day0 = NutrientTotals.EMPTY;
        for (Meal m : meals) {
            List<Line> lines = byMeal.get(m.id());
            List<NutrientAmounts> amounts = new ArrayList<>(lines.size());
            lines.forEach(l -> amounts.add(l.nutrients()));
            NutrientTotals t = NutrientTotals.of(amounts);
            blocks.add(new DayView.MealBlock(m, lines, t));
            day0 = day0.plus(t);
        }
        NutrientTotals totals = day0;
        double food = totals.totalOrZero(NutrientCatalog.ENERGY);
        Double burned = exercise.isPresent() ? exercise.getAsDouble() : null;
        double credited = burned == null ? 0 : burned * settings.exerciseCredit().fraction();
        Integer goalKcal = goal.orElse(null);
        Double remaining = goalKcal == null ? null : goalKcal - food + credited;
        DayView.Budget budget = new DayView.Budget(goalKcal, food, burned, credited, remaining);
        MacroTargets targets = goalKcal == null ? null : MacroTargets.of(goalKcal + credited, split);
        return new DayView(day, today, blocks, totals, budget, targets, macros(totals, targets, split),
                micros(totals, person), notes.note(), notes.waterMl(), settings);
    }

    static List<DayView.MacroRow> macros(NutrientTotals t, MacroTargets targets, MacroSplit split) {
        double kcal = t.totalOrZero(NutrientCatalog.PROTEIN) * MacroTargets.KCAL_PER_G_PROTEIN
                + t.totalOrZero(NutrientCatalog.CARBS) * MacroTargets.KCAL_PER_G_CARBS
                + t.totalOrZero(NutrientCatalog.FAT) * MacroTargets.KCAL_PER_G_FAT;
        List<DayView.MacroRow> rows = new ArrayList<>();
        rows.add(macro(t, NutrientCatalog.PROTEIN, "Protein", MacroTargets.KCAL_PER_G_PROTEIN, kcal,
                targets == null ? null : targets.proteinG(), split.proteinPct()));
        rows.add(macro(t, NutrientCatalog.CARBS, "Carbohydrate", MacroTargets.KCAL_PER_G_CARBS, kcal,
                targets == null ? null : targets.carbsG(), split.carbsPct()));
        rows.add(macro(t, NutrientCatalog.FAT, "Fat", MacroTargets.KCAL_PER_G_FAT, kcal,
                targets == null ? null : targets.fatG(), split.fatPct()));
        return rows;
    }

    private static DayView.MacroRow macro(NutrientTotals t, String id, String name, double kcalPerG,
                                          double macroKcal, Integer target, int targetPct) {
        double g = t.totalOrZero(id);
        Integer pct = macroKcal > 0 ? (int) Math.round(100 * g * kcalPerG / macroKcal) : null;
        return new DayView.MacroRow(id, name, g, target, pct, targetPct, t.missing(id));
    }

    /** Nutrients with an adult reference intake, in catalogue order. */
    static List<DayView.MicroRow> micros(NutrientTotals t, Optional<Person> person) {
        List<DayView.MicroRow> rows = new ArrayList<>();
        for (Nutrient n : NutrientCatalog.all()) {
            // Any adult's reference tells whether the nutrient has one; the person's decides the figure.
            Optional<ReferenceIntakes.Intake> anyone = ReferenceIntakes.forAdult(n.id(), org.openplate.energy.Sex.FEMALE, 30);
            if (anyone.isEmpty()) {
                continue;
            }
            Optional<ReferenceIntakes.Intake> ref = person.flatMap(p -> ReferenceIntakes.forAdult(n.id(), p.sex(),
                    p.age()));
            OptionalDouble amount = t.total(n.id());
            Double a = amount.isPresent() ? amount.getAsDouble() : null;
            Integer pct = ref.isPresent() && a != null ? (int) Math.round(100 * a / ref.get().amount()) : null;
            Double ul = ref.map(ReferenceIntakes.Intake::upperLimit).orElse(null);
            String note = ref.map(ReferenceIntakes.Intake::upperNote).orElse(null);
            // Limits that apply to supplements or synthetic forms only are not compared with food.
            boolean foodLimit = ul != null && (note == null || !(note.contains("supplement") || note.contains("synthetic")));
            boolean over = foodLimit && a != null && a > ul;
            rows.add(new DayView.MicroRow(n.id(), n.name(), n.unit(), a, ref.map(ReferenceIntakes.Intake::amount)
                    .orElse(null), ref.map(ReferenceIntakes.Intake::adequate).orElse(anyone.get().adequate()), pct,
                    foodLimit ? ul : null, note, over, t.missing(n.id())));
        }
        return rows;
    }
}
