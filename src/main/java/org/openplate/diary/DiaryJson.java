package org.openplate.diary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.NutrientTotals;
import org.openplate.web.JsonBytes;
import org.openplate.web.JsonNumbers;

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

    /**
     * A day's summary as JSON bytes: the same bytes the mapper writes for {@link #day(DayView)}, written field by
     * field on the mapper's generator instead of through its per-property serializers, which were most of the
     * summary's JSON time (issue 18, eighteenth round). {@code DiaryJsonTest} compares the two for days of every
     * shape, and {@code DayCacheHttpTest} what is served with the mapper's bytes; a field added to the records
     * above must be added here too, or both fail.
     */
    static byte[] dayBytes(ObjectMapper json, DayView view) {
        DayJson d = day(view);
        return JsonBytes.of(json, "day summary", g -> write(g, new char[JsonNumbers.SCRATCH], d));
    }

    private static SerializableString name(String field) {
        return new SerializedString(field);
    }

    private static final SerializableString ID = name("id"), NAME = name("name"), DATE = name("date"),
            GOAL_KCAL = name("goalKcal"), FOOD_KCAL = name("foodKcal"), EXERCISE_KCAL = name("exerciseKcal"),
            EXERCISE_CREDITED_KCAL = name("exerciseCreditedKcal"), REMAINING_KCAL = name("remainingKcal"),
            EXERCISE_CREDIT = name("exerciseCredit"), MEALS = name("meals"), TOTALS = name("totals"),
            MACROS = name("macros"), MICRONUTRIENTS = name("micronutrients"), NUTRIENTS = name("nutrients"),
            NOTE = name("note"), WATER_ML = name("waterMl"), POSITION = name("position"), ENTRIES = name("entries"),
            KIND = name("kind"), MEAL_ID = name("mealId"), DESCRIPTION = name("description"),
            FOOD_ID = name("foodId"), RECIPE_ID = name("recipeId"), AMOUNT = name("amount"),
            PORTION = name("portion"), GRAMS = name("grams"), KCAL = name("kcal"), PROTEIN_G = name("proteinG"),
            CARBS_G = name("carbsG"), FAT_G = name("fatG"), TARGET_G = name("targetG"),
            PCT_OF_ENERGY = name("pctOfEnergy"), TARGET_PCT_OF_ENERGY = name("targetPctOfEnergy"),
            MISSING = name("missing"), UNIT = name("unit"), REFERENCE = name("reference"),
            ADEQUATE = name("adequate"), PERCENT = name("percent"), UPPER_LIMIT = name("upperLimit"),
            UPPER_NOTE = name("upperNote"), OVER_UPPER_LIMIT = name("overUpperLimit"),
            ENTRIES_MISSING = name("entriesMissing");

    private static void write(JsonGenerator g, char[] s, DayJson d) throws IOException {
        g.writeStartObject();
        text(g, DATE, d.date());
        whole(g, GOAL_KCAL, d.goalKcal());
        number(g, s, FOOD_KCAL, d.foodKcal());
        number(g, s, EXERCISE_KCAL, d.exerciseKcal());
        number(g, s, EXERCISE_CREDITED_KCAL, d.exerciseCreditedKcal());
        number(g, s, REMAINING_KCAL, d.remainingKcal());
        text(g, EXERCISE_CREDIT, d.exerciseCredit());
        g.writeFieldName(MEALS);
        g.writeStartArray();
        for (MealJson m : d.meals()) {
            g.writeStartObject();
            whole(g, ID, m.id());
            text(g, NAME, m.name());
            whole(g, POSITION, m.position());
            g.writeFieldName(ENTRIES);
            g.writeStartArray();
            for (EntryJson e : m.entries()) {
                write(g, s, e);
            }
            g.writeEndArray();
            write(g, s, m.totals());
            g.writeEndObject();
        }
        g.writeEndArray();
        write(g, s, d.totals());
        g.writeFieldName(MACROS);
        g.writeStartArray();
        for (DayView.MacroRow r : d.macros()) {
            g.writeStartObject();
            text(g, ID, r.id());
            text(g, NAME, r.name());
            number(g, s, GRAMS, r.grams());
            whole(g, TARGET_G, r.targetG());
            whole(g, PCT_OF_ENERGY, r.pctOfEnergy());
            whole(g, TARGET_PCT_OF_ENERGY, r.targetPctOfEnergy());
            whole(g, MISSING, r.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(MICRONUTRIENTS);
        g.writeStartArray();
        for (DayView.MicroRow r : d.micronutrients()) {
            g.writeStartObject();
            text(g, ID, r.id());
            text(g, NAME, r.name());
            text(g, UNIT, r.unit());
            number(g, s, AMOUNT, r.amount());
            number(g, s, REFERENCE, r.reference());
            flag(g, ADEQUATE, r.adequate());
            whole(g, PERCENT, r.percent());
            number(g, s, UPPER_LIMIT, r.upperLimit());
            text(g, UPPER_NOTE, r.upperNote());
            flag(g, OVER_UPPER_LIMIT, r.overUpperLimit());
            whole(g, MISSING, r.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(NUTRIENTS);
        g.writeStartArray();
        for (NutrientJson n : d.nutrients()) {
            g.writeStartObject();
            text(g, ID, n.id());
            text(g, NAME, n.name());
            text(g, UNIT, n.unit());
            number(g, s, AMOUNT, n.amount());
            whole(g, ENTRIES_MISSING, n.entriesMissing());
            g.writeEndObject();
        }
        g.writeEndArray();
        text(g, NOTE, d.note());
        number(g, s, WATER_ML, d.waterMl());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, char[] s, EntryJson e) throws IOException {
        g.writeStartObject();
        whole(g, ID, e.id());
        text(g, DATE, e.date());
        text(g, KIND, e.kind());
        whole(g, MEAL_ID, e.mealId());
        text(g, NAME, e.name());
        text(g, DESCRIPTION, e.description());
        whole(g, FOOD_ID, e.foodId());
        whole(g, RECIPE_ID, e.recipeId());
        number(g, s, AMOUNT, e.amount());
        text(g, PORTION, e.portion());
        number(g, s, GRAMS, e.grams());
        number(g, s, KCAL, e.kcal());
        number(g, s, PROTEIN_G, e.proteinG());
        number(g, s, CARBS_G, e.carbsG());
        number(g, s, FAT_G, e.fatG());
        g.writeEndObject();
    }

    /** A meal's or the day's totals, as the field {@code totals}. */
    private static void write(JsonGenerator g, char[] s, MacroTotals t) throws IOException {
        g.writeFieldName(TOTALS);
        g.writeStartObject();
        number(g, s, KCAL, t.kcal());
        number(g, s, PROTEIN_G, t.proteinG());
        number(g, s, CARBS_G, t.carbsG());
        number(g, s, FAT_G, t.fatG());
        whole(g, ENTRIES, t.entries());
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, SerializableString field, String value) throws IOException {
        g.writeFieldName(field);
        g.writeString(value);                   // null is written as null
    }

    private static void number(JsonGenerator g, char[] s, SerializableString field, Double value) throws IOException {
        g.writeFieldName(field);
        JsonNumbers.write(g, s, value);
    }

    private static void number(JsonGenerator g, char[] s, SerializableString field, double value) throws IOException {
        g.writeFieldName(field);
        JsonNumbers.write(g, s, value);
    }

    private static void flag(JsonGenerator g, SerializableString field, boolean value) throws IOException {
        g.writeFieldName(field);
        g.writeBoolean(value);
    }

    private static void whole(JsonGenerator g, SerializableString field, long value) throws IOException {
        g.writeFieldName(field);
        g.writeNumber(value);
    }

    /** A whole number (int or long), or null. */
    private static void whole(JsonGenerator g, SerializableString field, Number value) throws IOException {
        g.writeFieldName(field);
        if (value == null) {
            g.writeNull();
        } else if (value instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else {
            g.writeNumber(value.longValue());
        }
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
