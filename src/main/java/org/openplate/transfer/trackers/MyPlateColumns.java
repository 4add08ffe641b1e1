package org.openplate.transfer.trackers;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The column mapping set by a MyPlate header row ("Food | Calories | Fat | Carbs | Protein …"):
 * which column holds which nutrient (with the unit the header gives, as in "Sodium (mg)") and which
 * holds the name, amount, meal or minutes.
 */
final class MyPlateColumns {

    static final MyPlateColumns NONE = new MyPlateColumns(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<Integer, String> nutrients;
    private final Map<Integer, String> units;
    private final Map<Integer, String> labels;
    private final Map<String, Integer> others;

    private MyPlateColumns(Map<Integer, String> nutrients, Map<Integer, String> units, Map<Integer, String> labels,
                           Map<String, Integer> others) {
        this.nutrients = nutrients;
        this.units = units;
        this.labels = labels;
        this.others = others;
    }

    /** Whether the row is a header: only words, at least two known ones, one of them a measure. */
    static boolean isHeader(List<Object> cells) {
        int words = 0;
        int measures = 0;
        for (Object c : cells) {
            if (c == null) {
                continue;
            }
            if (!(c instanceof String s) || MyPlateText.numeric(s)) {
                return false;
            }
            String w = word(s);
            String other = MyPlateText.OTHER_WORDS.get(w);
            if (MyPlateText.NUTRIENT_WORDS.containsKey(w)) {
                words++;
                measures++;
            } else if (other != null) {
                words++;
                measures += other.equals("minutes") ? 1 : 0;
            }
        }
        return words >= 2 && measures >= 1;
    }

    static MyPlateColumns of(List<Object> cells) {
        Map<Integer, String> nutrients = new LinkedHashMap<>();
        Map<Integer, String> units = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        Map<String, Integer> others = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) instanceof String s) {
                String w = word(s);
                String id = MyPlateText.NUTRIENT_WORDS.get(w);
                if (id != null && !nutrients.containsValue(id)) {
                    nutrients.put(i, id);
                    labels.put(i, s.trim());
                    String t = MyPlateText.norm(s);
                    units.put(i, t.endsWith(")") && t.contains("(")
                            ? t.substring(t.lastIndexOf('(') + 1, t.length() - 1).trim() : "");
                } else if (MyPlateText.OTHER_WORDS.containsKey(w)) {
                    others.putIfAbsent(MyPlateText.OTHER_WORDS.get(w), i);
                }
            }
        }
        return new MyPlateColumns(nutrients, units, labels, others);
    }

    /** A header cell's word without its unit: "Sodium (mg)" → "sodium". */
    private static String word(String s) {
        return MyPlateText.norm(s).replaceAll("\\s*\\([^()]*\\)$", "");
    }

    boolean hasNutrients() {
        return !nutrients.isEmpty();
    }

    boolean isNutrient(int column) {
        return nutrients.containsKey(column);
    }

    /** The column of "name", "amount", "meal" or "minutes", or -1. */
    int other(String kind) {
        return others.getOrDefault(kind, -1);
    }

    /** The column holding a nutrient, or -1. */
    int columnOf(String nutrient) {
        return nutrients.entrySet().stream().filter(e -> e.getValue().equals(nutrient)).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
    }

    /** Nutrients of a row in catalogue units; empty cells are absent. */
    Map<String, Double> nutrients(List<Object> cells) {
        Map<String, Double> out = new LinkedHashMap<>();
        nutrients.forEach((col, id) -> {
            Object cell = col < cells.size() ? cells.get(col) : null;
            MyPlateText.Quantity q = MyPlateText.quantity(labels.get(col), cell);
            if (q != null) {
                String unit = q.unit().isEmpty() ? units.get(col) : q.unit();
                Double f = NutrientUnits.factor(id, unit);
                if (f == null) {
                    throw new RowException(labels.get(col) + " \"" + cell + "\" has a unit that is not known");
                }
                out.put(id, q.value() * f);
            }
        });
        return out;
    }
}
