package org.openplate.transfer.trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.nutrition.NutrientCatalog;

/**
 * A row of MyPlate's Fitness section: a name, then minutes and calories, found by the header's
 * columns, by their units ("30 min", "250 cal"), or else in that order.
 */
final class MyPlateFitness {

    private MyPlateFitness() {
    }

    static void row(MyPlateScanner scanner, List<Object> cells, int first) {
        MyPlateColumns cols = scanner.columns();
        int nameAt = cols.other("name");
        if (!(MyPlateScanner.at(cells, nameAt) instanceof String)) {
            nameAt = cells.get(first) instanceof String ? first : -1;
        }
        if (nameAt < 0) {
            return;
        }
        String name = ((String) cells.get(nameAt)).trim();
        int minutesAt = cols.other("minutes");
        int kcalAt = cols.columnOf(NutrientCatalog.ENERGY);
        Double minutes = null;
        Double kcal = null;
        List<Double> plain = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Object c = cells.get(i);
            if (i == nameAt || c == null || !MyPlateText.numeric(c)) {
                continue;
            }
            MyPlateText.Quantity q = MyPlateText.quantity("value", c);
            String u = q.unit().toLowerCase(Locale.ROOT).replace(".", "");
            if (u.matches("min|mins|minute|minutes")) {
                minutes = q.value();
            } else if (u.matches("h|hr|hrs|hour|hours")) {
                minutes = q.value() * 60;
            } else if (u.matches("cal|cals|kcal|calories")) {
                kcal = q.value();
            } else if (u.isEmpty() && i == minutesAt) {
                minutes = q.value();
            } else if (u.isEmpty() && i == kcalAt) {
                kcal = q.value();
            } else if (u.isEmpty()) {
                plain.add(q.value());
            } else {
                throw new RowException("\"" + c + "\" is neither minutes nor calories");
            }
        }
        for (Double v : plain) {
            if (minutes == null && minutesAt < 0) {
                minutes = v;
            } else if (kcal == null && kcalAt < 0) {
                kcal = v;
            }
        }
        if (minutes == null && kcal == null) {
            return; // a line of text, not an exercise
        }
        if (!scanner.hasDay("exercise \"" + name + "\"")) {
            return;
        }
        if (kcal == null) {
            throw new RowException("exercise \"" + name + "\" has no calories");
        }
        scanner.exercise(name, minutes, Math.abs(kcal));
    }
}
