package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.transfer.trackers.TrackerData.ExerciseRow;
import org.openplate.transfer.trackers.TrackerData.FoodRow;
import org.openplate.transfer.trackers.TrackerData.WeightRow;

/**
 * A Lose It! export zip: food-logs.csv, weights.csv (pounds unless the header says kg) and exercise-logs.csv, dates as
 * MM/DD/YYYY; rows marked Deleted are skipped. Other files in the zip are ignored.
 */
final class LoseItParser {

    static final String FOODS = "food-logs.csv";
    static final String WEIGHTS = "weights.csv";
    static final String EXERCISES = "exercise-logs.csv";

    /** Nutrient columns, named without their unit (the header may carry "(g)" or "(mg)"). */
    private static final Map<String, String> NUTRIENTS = Map.of(
            "Calories", NutrientCatalog.ENERGY, "Fat", NutrientCatalog.FAT, "Protein", NutrientCatalog.PROTEIN,
            "Carbohydrates", NutrientCatalog.CARBS, "Saturated Fat", NutrientCatalog.SATURATED,
            "Sugars", NutrientCatalog.SUGARS, "Fiber", NutrientCatalog.FIBER,
            "Cholesterol", NutrientCatalog.CHOLESTEROL, "Sodium", NutrientCatalog.SODIUM);

    private final Sink sink;
    private final Limits limits;

    LoseItParser(Sink sink, Limits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    void export(String zip, byte[] bytes) {
        List<SafeZip.Entry> entries = SafeZip.read(zip, bytes, limits);
        boolean any = false;
        for (String wanted : List.of(FOODS, WEIGHTS, EXERCISES)) {
            SafeZip.Entry e = entries.stream().filter(x -> x.baseName().equalsIgnoreCase(wanted)).findFirst()
                    .orElse(null);
            if (e != null) {
                any = true;
                switch (wanted) {
                    case FOODS -> foods(wanted, e.bytes());
                    case WEIGHTS -> weights(wanted, e.bytes());
                    default -> exercises(wanted, e.bytes());
                }
            }
        }
        if (!any) {
            throw new TrackerFormatException(zip + ": none of " + FOODS + ", " + WEIGHTS + ", " + EXERCISES
                    + " is in the zip; upload the zip Lose It! e-mails as your data export");
        }
    }

    private void foods(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Name", "Meal", "Calories");
        int quantity = t.column("Quantity");
        int units = t.column("Units");
        int deleted = t.column("Deleted");
        Map<Integer, String> cols = new LinkedHashMap<>();
        NUTRIENTS.forEach((header, id) -> {
            int c = t.column(header);
            if (c >= 0) {
                cols.put(c, id);
            }
        });
        t.forEach(sink, row -> {
            if (Values.yes(row.get(deleted))) {
                return;
            }
            LocalDate day = Values.usDate(row.get(req[0]));
            String name = row.get(req[1]);
            String meal = row.get(req[2]);
            Double q = Values.number("Quantity", row.get(quantity));
            String unit = row.get(units);
            Double perUnit = Values.gramsPer(unit);
            Map<String, Double> n = new LinkedHashMap<>();
            cols.forEach((c, id) -> {
                Double v = Values.number(t.label(c), row.get(c));
                if (v != null) {
                    n.put(id, v);
                }
            });
            String id = sink.id(file, "food", day, meal, name, q, unit.toLowerCase(Locale.ROOT), n);
            sink.foods.add(new FoodRow(file, row.line(), id, day, meal.isEmpty() ? null : meal,
                    name.isEmpty() ? null : name, q, unit.isEmpty() ? null : unit,
                    q == null || perUnit == null ? null : q * perUnit, n));
        });
    }

    private void weights(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Weight");
        int deleted = t.column("Deleted");
        Double kgPer = t.unit(req[1]).isEmpty() ? Double.valueOf(Values.KG_PER_LB) : Values.kgPer(t.unit(req[1]));
        if (kgPer == null) {
            throw new TrackerFormatException(file + ": the Weight column's unit \"" + t.unit(req[1])
                    + "\" is not known (expected pounds, or kg in the header)");
        }
        t.forEach(sink, row -> {
            if (Values.yes(row.get(deleted))) {
                return;
            }
            LocalDate day = Values.usDate(row.get(req[0]));
            double w = Values.required("Weight", row.get(req[1]));
            if (w <= 0) {
                throw new RowException("Weight \"" + row.get(req[1]) + "\" is not a weight");
            }
            String id = sink.id(file, "weight", day, w);
            sink.weights.add(new WeightRow(file, row.line(), id, day, w * kgPer, null));
        });
    }

    private void exercises(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Name", "Calories");
        int type = t.column("Type");
        int quantity = t.column("Quantity");
        int units = t.column("Units");
        int deleted = t.column("Deleted");
        t.forEach(sink, row -> {
            if (Values.yes(row.get(deleted))) {
                return;
            }
            LocalDate day = Values.usDate(row.get(req[0]));
            String name = row.get(req[1]);
            if (name.isEmpty()) {
                throw new RowException("Name is empty");
            }
            double kcal = Math.abs(Values.required("Calories", row.get(req[2])));
            Double q = Values.number("Quantity", row.get(quantity));
            String unit = row.get(units).toLowerCase(Locale.ROOT);
            Double minutes = q == null ? null
                    : unit.startsWith("min") ? q : unit.startsWith("hour") || unit.equals("hr") ? q * 60 : null;
            String id = sink.id(file, "exercise", day, name, row.get(type), q, unit, kcal);
            sink.exercises.add(new ExerciseRow(file, row.line(), id, day, name, minutes, kcal, null, null, null, null));
        });
    }
}
