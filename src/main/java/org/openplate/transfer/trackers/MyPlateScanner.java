package org.openplate.transfer.trackers;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openplate.transfer.trackers.TrackerData.ExerciseRow;
import org.openplate.transfer.trackers.TrackerData.FoodRow;
import org.openplate.transfer.trackers.TrackerData.WaterRow;
import org.openplate.transfer.trackers.TrackerData.WeightRow;

/**
 * Reads the rows of a MyPlate "Detailed" report one by one (cells as String, Double or LocalDate,
 * null when empty). A row whose first cell names a section switches to it; "Date:" rows set the
 * day; header rows set the columns; the rest is read by section. Totals are not read.
 */
final class MyPlateScanner {

    enum Section { NONE, MEALS, FITNESS, TOTALS, WEIGHT, WATER }

    private final Sink sink;
    private final String file;
    private String sheet;
    private int rowNo;
    private boolean sawSection;
    private Section section;
    private LocalDate day;
    private boolean dayBroken;
    private String meal;
    private MyPlateColumns columns;

    MyPlateScanner(Sink sink, String file) {
        this.sink = sink;
        this.file = file;
    }

    /** Starts a sheet; a sheet named after a section starts in that section. */
    void sheet(String name) {
        sheet = name;
        section = Section.NONE;
        day = null;
        dayBroken = false;
        meal = null;
        columns = MyPlateColumns.NONE;
        Section s = section(MyPlateText.norm(name));
        if (s != null) {
            switchTo(s);
        }
    }

    boolean sawSection() {
        return sawSection;
    }

    void row(int excelRow, List<Object> cells) {
        rowNo = excelRow;
        int first = 0;
        while (first < cells.size() && cells.get(first) == null) {
            first++;
        }
        if (first == cells.size()) {
            return;
        }
        try {
            read(cells, first);
        } catch (RowException e) {
            sink.problem(file, rowNo, file + " sheet \"" + sheet + "\" row " + rowNo, e.getMessage());
        }
    }

    private void read(List<Object> cells, int first) {
        String firstText = cells.get(first) instanceof String s ? MyPlateText.norm(s) : "";
        Section named = section(firstText);
        if (named != null && cells.stream().noneMatch(MyPlateText::numeric)) {
            switchTo(named);
            if (MyPlateColumns.isHeader(cells)) {
                columns = MyPlateColumns.of(cells);
            }
            return;
        }
        if (dateRow(cells)) {
            return;
        }
        if (MyPlateColumns.isHeader(cells)) {
            columns = MyPlateColumns.of(cells);
            if (section == Section.NONE && columns.hasNutrients()) {
                section = Section.MEALS; // a report without section titles: the nutrients table is the meals
                sawSection = true;
            }
            String label = MyPlateText.meal(firstText);
            meal = label != null ? label : meal;
            return;
        }
        if (firstText.matches("(.*\\s)?totals?(:.*)?")) { // "Total", "Daily Total", not "Total Raisin Bran"
            return; // subtotals are recomputed
        }
        switch (section) {
            case MEALS -> food(cells, first);
            case FITNESS -> MyPlateFitness.row(this, cells, first);
            case WEIGHT, WATER -> MyPlateMeasures.row(this, cells, section == Section.WEIGHT);
            default -> { }
        }
    }

    private static Section section(String word) {
        return switch (word) {
            case "meals" -> Section.MEALS;
            case "fitness" -> Section.FITNESS;
            case "totals" -> Section.TOTALS;
            case "weight" -> Section.WEIGHT;
            case "water" -> Section.WATER;
            default -> null;
        };
    }

    private void switchTo(Section s) {
        section = s;
        sawSection = true;
        meal = null;
        columns = MyPlateColumns.NONE;
    }

    private boolean dateRow(List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof String s && s.trim().toLowerCase(Locale.ROOT).startsWith("date:")) {
                String rest = s.trim().substring(5).trim();
                Object v = rest.isEmpty() ? next(cells, i + 1) : rest;
                LocalDate d = v instanceof LocalDate ld ? ld
                        : v instanceof Double n && n >= 1 && n < 2_958_466 // an Excel serial day number
                        ? LocalDate.of(1899, 12, 30).plusDays(n.longValue())
                        : v instanceof String t ? MyPlateText.date(t) : null;
                meal = null;
                day = d;
                dayBroken = d == null;
                if (d == null) {
                    throw new RowException("date \"" + (v == null ? "" : v) + "\" is not a date"
                            + " (expected e.g. \"April 19th, 2023\")");
                }
                return true;
            }
        }
        return false;
    }

    private static Object next(List<Object> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                return cells.get(i);
            }
        }
        return null;
    }

    private void food(List<Object> cells, int first) {
        String label = cells.get(first) instanceof String s ? MyPlateText.meal(s) : null;
        int labelAt = label != null ? first : -1;
        int nameAt = columns.other("name");
        if (nameAt < 0 || nameAt == labelAt || !(at(cells, nameAt) instanceof String)) {
            nameAt = -1;
            for (int i = labelAt + 1; i < cells.size() && nameAt < 0; i++) {
                if (cells.get(i) instanceof String && !columns.isNutrient(i) && i != columns.other("amount")) {
                    nameAt = i;
                }
            }
        }
        if (label != null) {
            meal = label;
        }
        if (nameAt < 0) {
            return; // a meal heading (its numbers are the meal's totals) or a row without a name
        }
        String name = ((String) cells.get(nameAt)).trim();
        if (!columns.hasNutrients()) {
            if (cells.stream().noneMatch(MyPlateText::numeric)) {
                return; // a line of text, not a food
            }
            throw new RowException("food \"" + name + "\" comes before a header row naming the columns"
                    + " (Calories, Fat, Carbs, Protein …)");
        }
        Map<String, Double> n = columns.nutrients(cells);
        if (n.isEmpty() || !hasDay("food \"" + name + "\"")) {
            return; // a line of text, not a food; or the day's Date: row was bad (reported there)
        }
        if (meal == null) {
            throw new RowException("food \"" + name + "\" is not under a meal (Breakfast, Lunch, Dinner or Snacks)");
        }
        Object amount = at(cells, columns.other("amount"));
        Values.Amount a = amount instanceof Double d ? new Values.Amount(d, null, null)
                : amount instanceof String s ? Values.amount(s) : Values.Amount.NONE;
        String id = sink.id(file, "food", day, meal, name, amount == null ? null : amount.toString(), n);
        sink.foods.add(new FoodRow(file, rowNo, id, day, meal, name, a.quantity(), a.unit(), a.grams(), n));
    }

    /** Adds a weight (kg per unit) or a water amount (ml per unit) read from the current row. */
    void measured(LocalDate d, MyPlateText.Quantity q, double per) {
        if (section == Section.WEIGHT) {
            String id = sink.id(file, "weight", d, q.value(), q.unit());
            sink.weights.add(new WeightRow(file, rowNo, id, d, q.value() * per, null));
        } else {
            String id = sink.id(file, "water", d, q.value(), q.unit());
            sink.water.add(new WaterRow(file, rowNo, id, d, q.value() * per));
        }
    }

    LocalDate day() {
        return day;
    }

    /**
     * Whether there is a day for the row. False after a bad Date: row (already reported); throws when
     * no Date: row came before.
     */
    boolean hasDay(String what) {
        if (day != null) {
            return true;
        }
        if (dayBroken) {
            return false;
        }
        throw new RowException(what + " comes before any Date: row");
    }

    static Object at(List<Object> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    void exercise(String name, Double minutes, double kcal) {
        String id = sink.id(file, "exercise", day, name, minutes, kcal);
        sink.exercises.add(new ExerciseRow(file, rowNo, id, day, name, minutes, kcal, null, null, null, null));
    }

    MyPlateColumns columns() {
        return columns;
    }
}
