package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an export from another tracker holds, in OpenPlate's units, before anything is written.
 * Every row knows its file and 1-based row number (for messages) and a stable external id (for
 * idempotent re-imports: the same row in the same or a later export gets the same id).
 *
 * @param source   the tracker: "myfitnesspal", "cronometer", "loseit" or "myplate"
 * @param problems rows that could not be read; an import with problems is refused as a whole
 */
public record TrackerData(String source, List<FoodRow> foods, List<WeightRow> weights, List<ExerciseRow> exercises,
                          List<NoteRow> notes, List<WaterRow> water, List<Problem> problems) {

    public TrackerData {
        foods = List.copyOf(foods);
        weights = List.copyOf(weights);
        exercises = List.copyOf(exercises);
        notes = List.copyOf(notes);
        water = List.copyOf(water);
        problems = List.copyOf(problems);
    }

    /**
     * A logged food (or, for MyFitnessPal's summary, a meal's totals).
     *
     * @param name      the food's name, or null when the export has none (MyFitnessPal summaries)
     * @param quantity  the amount as written (e.g. 150 with unit "g", 1 with unit "cup"), null if absent
     * @param grams     the mass in grams when the export says it (unit g/kg/oz/lb), else null
     * @param nutrients NutrientCatalog ids → amounts for the whole row, in the catalogue's units
     *                  (energy kcal, macros g, sodium mg, vitamin A IU …); nutrients the export does not
     *                  give are absent, never zero
     */
    public record FoodRow(String file, int row, String externalId, LocalDate day, String meal, String name,
                          Double quantity, String unit, Double grams, Map<String, Double> nutrients) {
        public FoodRow {
            nutrients = Map.copyOf(nutrients);
        }
    }

    public record WeightRow(String file, int row, String externalId, LocalDate day, double weightKg,
                            Double bodyFatPct) {
    }

    /** @param kcal calories burned, positive */
    public record ExerciseRow(String file, int row, String externalId, LocalDate day, String name, Double minutes,
                              double kcal, Integer sets, Integer reps, Double loadKg, Integer steps) {
    }

    public record NoteRow(String file, int row, String externalId, LocalDate day, String text) {
    }

    public record WaterRow(String file, int row, String externalId, LocalDate day, double ml) {
    }

    /**
     * @param row     1-based row in the file, or 0 for the file as a whole
     * @param message the whole sentence, naming the file and row, e.g. {@code servings.csv row 7: date
     *                "2024-13-45" is not a date (expected YYYY-MM-DD)}
     */
    public record Problem(String file, int row, String message) {
    }

    public int count() {
        return foods.size() + weights.size() + exercises.size() + notes.size() + water.size();
    }
}
