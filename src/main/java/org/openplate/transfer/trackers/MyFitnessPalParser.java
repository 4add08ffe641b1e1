package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.transfer.trackers.TrackerData.ExerciseRow;
import org.openplate.transfer.trackers.TrackerData.FoodRow;
import org.openplate.transfer.trackers.TrackerData.NoteRow;
import org.openplate.transfer.trackers.TrackerData.WeightRow;

/** MyFitnessPal's Nutrition, Measurement and Exercise summary CSVs. */
final class MyFitnessPalParser {

    /**
     * A nutrient column. percentOf > 0: the file gives % of that daily value. MyFitnessPal reports
     * vitamin A, vitamin C, calcium and iron as % of the daily values of the FDA label before the
     * 2016 update (21 CFR 101.9(c)(8)(iv) as it then stood): vitamin A 5000 IU, vitamin C 60 mg,
     * calcium 1000 mg, iron 18 mg.
     */
    private record Col(String header, String nutrient, double percentOf) {
    }

    private static final List<Col> NUTRIENTS = List.of(
            new Col("Calories", NutrientCatalog.ENERGY, 0),
            new Col("Fat", NutrientCatalog.FAT, 0),
            new Col("Saturated Fat", NutrientCatalog.SATURATED, 0),
            new Col("Polyunsaturated Fat", "polyunsaturated_fat", 0),
            new Col("Monounsaturated Fat", "monounsaturated_fat", 0),
            new Col("Trans Fat", NutrientCatalog.TRANS, 0),
            new Col("Cholesterol", NutrientCatalog.CHOLESTEROL, 0),
            new Col("Sodium", NutrientCatalog.SODIUM, 0),
            new Col("Potassium", NutrientCatalog.POTASSIUM, 0),
            new Col("Carbohydrates", NutrientCatalog.CARBS, 0),
            new Col("Fiber", NutrientCatalog.FIBER, 0),
            new Col("Sugar", NutrientCatalog.SUGARS, 0),
            new Col("Protein", NutrientCatalog.PROTEIN, 0),
            new Col("Vitamin A", "vitamin_a_iu", 5000),
            new Col("Vitamin C", "vitamin_c", 60),
            new Col("Calcium", NutrientCatalog.CALCIUM, 1000),
            new Col("Iron", NutrientCatalog.IRON, 18));

    private final Sink sink;
    private final Limits limits;
    private final Set<String> notesSeen = new HashSet<>();

    MyFitnessPalParser(Sink sink, Limits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    void nutrition(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Meal", "Calories");
        int time = t.column("Time");
        int note = t.column("Note");
        int[] cols = new int[NUTRIENTS.size()];
        for (int k = 0; k < cols.length; k++) {
            cols[k] = t.column(NUTRIENTS.get(k).header(), NUTRIENTS.get(k).header() + "s");
        }
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String meal = row.get(req[1]);
            Map<String, Double> n = new LinkedHashMap<>();
            for (int k = 0; k < cols.length; k++) {
                Col c = NUTRIENTS.get(k);
                Double v = Values.number(c.header(), row.get(cols[k]));
                if (v != null) {
                    n.put(c.nutrient(), c.percentOf() > 0 ? v * c.percentOf() / 100 : v);
                }
            }
            String id = sink.id(file, "food", day, meal, row.get(time), n);
            sink.foods.add(new FoodRow(file, row.line(), id, day, meal.isEmpty() ? null : meal, null, null, null,
                    null, n));
            String text = row.get(note);
            if (!text.isEmpty() && notesSeen.add(day + "\u0000" + text)) {
                sink.notes.add(new NoteRow(file, row.line(), sink.id(file, "note", day, text), day, text));
            }
        });
    }

    void measurements(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Weight");
        String unit = t.unit(req[1]);
        Double kgPer = unit.isEmpty() ? Double.valueOf(Values.KG_PER_LB) : Values.kgPer(unit);
        if (kgPer == null) {
            throw new TrackerFormatException(file + ": the Weight column's unit \"" + unit
                    + "\" is not known (expected Weight, Weight (lbs) or Weight (kg))");
        }
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            Double w = Values.number("Weight", row.get(req[1]));
            if (w == null) {
                return; // a day with other measurements only
            }
            if (w <= 0) {
                throw new RowException("Weight \"" + row.get(req[1]) + "\" is not a weight");
            }
            String id = sink.id(file, "weight", day, w, unit);
            sink.weights.add(new WeightRow(file, row.line(), id, day, w * kgPer, null));
        });
    }

    void exercise(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Date", "Exercise");
        int type = t.column("Type");
        int kcal = t.column("Exercise Calories", "Calories");
        int minutes = t.column("Exercise Minutes", "Minutes");
        int sets = t.column("Sets");
        int reps = t.column("Reps Per Set", "Reps");
        int kg = t.column("Kilograms");
        int lb = t.column("Pounds");
        int steps = t.column("Steps");
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String name = row.get(req[1]);
            if (name.isEmpty()) {
                throw new RowException("Exercise is empty");
            }
            Double burned = Values.number("Exercise Calories", row.get(kcal));
            double k = burned == null ? 0 : Math.abs(burned); // strength exercises often have none
            Double min = Values.number("Exercise Minutes", row.get(minutes));
            Integer s = Values.integer("Sets", row.get(sets));
            Integer r = Values.integer("Reps Per Set", row.get(reps));
            Double load = Values.number("Kilograms", row.get(kg));
            Double pounds = Values.number("Pounds", row.get(lb));
            if (load == null && pounds != null) {
                load = pounds * Values.KG_PER_LB;
            }
            Integer st = Values.integer("Steps", row.get(steps));
            String id = sink.id(file, "exercise", day, name, row.get(type), k, min, s, r, load, st);
            sink.exercises.add(new ExerciseRow(file, row.line(), id, day, name, min, k, s, r, load, st));
        });
    }
}
