package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.transfer.trackers.TrackerData.ExerciseRow;
import org.openplate.transfer.trackers.TrackerData.FoodRow;
import org.openplate.transfer.trackers.TrackerData.NoteRow;
import org.openplate.transfer.trackers.TrackerData.WaterRow;
import org.openplate.transfer.trackers.TrackerData.WeightRow;

/** Cronometer's servings, exercises, biometrics and notes CSVs. */
final class CronometerParser {

    private final Sink sink;
    private final Limits limits;

    CronometerParser(Sink sink, Limits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    void servings(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Day", "Group", "Food Name", "Amount", "Energy (kcal)");
        int time = t.column("Time");
        List<Integer> cols = new ArrayList<>();
        List<CronometerColumns.Mapping> maps = new ArrayList<>();
        for (int c = 0; c < t.width(); c++) {
            CronometerColumns.Mapping m = CronometerColumns.of(t.header(c));
            if (m != null && maps.stream().noneMatch(x -> x.nutrient().equals(m.nutrient()))) {
                cols.add(c);
                maps.add(m);
            }
        }
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String meal = row.get(req[1]);
            String name = row.get(req[2]);
            if (name.isEmpty()) {
                throw new RowException("Food Name is empty");
            }
            Values.Amount a = Values.amount(row.get(req[3]));
            Map<String, Double> n = new LinkedHashMap<>();
            for (int k = 0; k < cols.size(); k++) {
                Double v = Values.number(t.label(cols.get(k)), row.get(cols.get(k)));
                if (v != null) {
                    n.put(maps.get(k).nutrient(), v * maps.get(k).factor());
                }
            }
            Object amount = a.quantity() == null ? row.get(req[3]) : a.quantity(); // "40 g" = "40.00 g"
            String id = sink.id(file, "food", day, meal, row.get(time), name, amount, a.unit(), n);
            sink.foods.add(new FoodRow(file, row.line(), id, day, meal.isEmpty() ? null : meal, name, a.quantity(),
                    a.unit(), a.grams(), n));
        });
    }

    void exercises(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Day", "Exercise", "Calories Burned");
        int time = t.column("Time");
        int group = t.column("Group");
        int minutes = t.column("Minutes");
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String name = row.get(req[1]);
            if (name.isEmpty()) {
                throw new RowException("Exercise is empty");
            }
            double kcal = Math.abs(Values.required("Calories Burned", row.get(req[2]))); // written as negative
            Double min = Values.number("Minutes", row.get(minutes));
            String id = sink.id(file, "exercise", day, row.get(time), row.get(group), name, min, kcal);
            sink.exercises.add(new ExerciseRow(file, row.line(), id, day, name, min, kcal, null, null, null, null));
        });
    }

    void biometrics(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Day", "Metric", "Unit", "Amount");
        int time = t.column("Time");
        Map<LocalDate, Double> bodyFat = new HashMap<>();
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String metric = row.get(req[1]).toLowerCase(Locale.ROOT);
            String unit = row.get(req[2]);
            if (!metric.equals("weight") && !metric.equals("body fat") && !metric.equals("water")) {
                return; // other metrics (blood pressure, heart rate …) are not imported
            }
            double amount = Values.required("Amount", row.get(req[3]));
            switch (metric) {
                case "weight" -> {
                    Double kg = Values.kgPer(unit);
                    if (kg == null) {
                        throw new RowException("weight unit \"" + unit + "\" is not known (expected lbs or kg)");
                    }
                    String id = sink.id(file, "weight", day, row.get(time), amount, unit.toLowerCase(Locale.ROOT));
                    sink.weights.add(new WeightRow(file, row.line(), id, day, amount * kg, null));
                }
                case "body fat" -> bodyFat.put(day, amount);
                default -> {
                    Double ml = Values.mlPer(unit);
                    if (ml == null) {
                        throw new RowException("water unit \"" + unit + "\" is not known (expected ml, fl oz or cups)");
                    }
                    String id = sink.id(file, "water", day, row.get(time), amount, unit.toLowerCase(Locale.ROOT));
                    sink.water.add(new WaterRow(file, row.line(), id, day, amount * ml));
                }
            }
        });
        // body fat goes on the same day's weight; without a weight that day it is dropped
        sink.weights.replaceAll(w -> w.file().equals(file) && bodyFat.containsKey(w.day())
                ? new WeightRow(w.file(), w.row(), w.externalId(), w.day(), w.weightKg(), bodyFat.get(w.day())) : w);
    }

    void notes(String file, byte[] bytes) {
        CsvTable t = CsvTable.read(file, bytes, limits);
        int[] req = t.require("Day", "Note");
        int group = t.column("Group");
        t.forEach(sink, row -> {
            LocalDate day = Values.isoDate(row.get(req[0]));
            String text = row.get(req[1]);
            if (!text.isEmpty()) {
                String id = sink.id(file, "note", day, row.get(group), text);
                sink.notes.add(new NoteRow(file, row.line(), id, day, text));
            }
        });
    }
}
