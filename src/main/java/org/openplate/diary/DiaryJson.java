package org.openplate.diary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openplate.web.JsonBytes;
import org.openplate.web.JsonNumbers;
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
        g.writeFieldName(DATE);
        g.writeString(d.date());
        g.writeFieldName(GOAL_KCAL);
        integer(g, d.goalKcal());
        g.writeFieldName(FOOD_KCAL);
        JsonNumbers.write(g, s, d.foodKcal());
        g.writeFieldName(EXERCISE_KCAL);
        JsonNumbers.write(g, s, d.exerciseKcal());
        g.writeFieldName(EXERCISE_CREDITED_KCAL);
        JsonNumbers.write(g, s, d.exerciseCreditedKcal());
        g.writeFieldName(REMAINING_KCAL);
        JsonNumbers.write(g, s, d.remainingKcal());
        g.writeFieldName(EXERCISE_CREDIT);
        g.writeString(d.exerciseCredit());
        g.writeFieldName(MEALS);
        g.writeStartArray();
        for (MealJson m : d.meals()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeNumber(m.id());
            g.writeFieldName(NAME);
            g.writeString(m.name());
            g.writeFieldName(POSITION);
            g.writeNumber(m.position());
            g.writeFieldName(ENTRIES);
            g.writeStartArray();
            for (EntryJson e : m.entries()) {
                write(g, s, e);
            }
            g.writeEndArray();
            g.writeFieldName(TOTALS);
            write(g, s, m.totals());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(TOTALS);
        write(g, s, d.totals());
        g.writeFieldName(MACROS);
        g.writeStartArray();
        for (DayView.MacroRow r : d.macros()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(r.id());
            g.writeFieldName(NAME);
            g.writeString(r.name());
            g.writeFieldName(GRAMS);
            JsonNumbers.write(g, s, r.grams());
            g.writeFieldName(TARGET_G);
            integer(g, r.targetG());
            g.writeFieldName(PCT_OF_ENERGY);
            integer(g, r.pctOfEnergy());
            g.writeFieldName(TARGET_PCT_OF_ENERGY);
            integer(g, r.targetPctOfEnergy());
            g.writeFieldName(MISSING);
            g.writeNumber(r.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(MICRONUTRIENTS);
        g.writeStartArray();
        for (DayView.MicroRow r : d.micronutrients()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(r.id());
            g.writeFieldName(NAME);
            g.writeString(r.name());
            g.writeFieldName(UNIT);
            g.writeString(r.unit());
            g.writeFieldName(AMOUNT);
            JsonNumbers.write(g, s, r.amount());
            g.writeFieldName(REFERENCE);
            JsonNumbers.write(g, s, r.reference());
            g.writeFieldName(ADEQUATE);
            g.writeBoolean(r.adequate());
            g.writeFieldName(PERCENT);
            integer(g, r.percent());
            g.writeFieldName(UPPER_LIMIT);
            JsonNumbers.write(g, s, r.upperLimit());
            g.writeFieldName(UPPER_NOTE);
            g.writeString(r.upperNote());
            g.writeFieldName(OVER_UPPER_LIMIT);
            g.writeBoolean(r.overUpperLimit());
            g.writeFieldName(MISSING);
            g.writeNumber(r.missing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(NUTRIENTS);
        g.writeStartArray();
        for (NutrientJson n : d.nutrients()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(n.id());
            g.writeFieldName(NAME);
            g.writeString(n.name());
            g.writeFieldName(UNIT);
            g.writeString(n.unit());
            g.writeFieldName(AMOUNT);
            JsonNumbers.write(g, s, n.amount());
            g.writeFieldName(ENTRIES_MISSING);
            g.writeNumber(n.entriesMissing());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeFieldName(NOTE);
        g.writeString(d.note());
        g.writeFieldName(WATER_ML);
        JsonNumbers.write(g, s, d.waterMl());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, char[] s, EntryJson e) throws IOException {
        g.writeStartObject();
        g.writeFieldName(ID);
        g.writeNumber(e.id());
        g.writeFieldName(DATE);
        g.writeString(e.date());
        g.writeFieldName(KIND);
        g.writeString(e.kind());
        g.writeFieldName(MEAL_ID);
        g.writeNumber(e.mealId());
        g.writeFieldName(NAME);
        g.writeString(e.name());
        g.writeFieldName(DESCRIPTION);
        g.writeString(e.description());
        g.writeFieldName(FOOD_ID);
        integer(g, e.foodId());
        g.writeFieldName(RECIPE_ID);
        integer(g, e.recipeId());
        g.writeFieldName(AMOUNT);
        JsonNumbers.write(g, s, e.amount());
        g.writeFieldName(PORTION);
        g.writeString(e.portion());
        g.writeFieldName(GRAMS);
        JsonNumbers.write(g, s, e.grams());
        g.writeFieldName(KCAL);
        JsonNumbers.write(g, s, e.kcal());
        g.writeFieldName(PROTEIN_G);
        JsonNumbers.write(g, s, e.proteinG());
        g.writeFieldName(CARBS_G);
        JsonNumbers.write(g, s, e.carbsG());
        g.writeFieldName(FAT_G);
        JsonNumbers.write(g, s, e.fatG());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, char[] s, MacroTotals t) throws IOException {
        g.writeStartObject();
        g.writeFieldName(KCAL);
        JsonNumbers.write(g, s, t.kcal());
        g.writeFieldName(PROTEIN_G);
        JsonNumbers.write(g, s, t.proteinG());
        g.writeFieldName(CARBS_G);
        JsonNumbers.write(g, s, t.carbsG());
        g.writeFieldName(FAT_G);
        JsonNumbers.write(g, s, t.fatG());
        g.writeFieldName(ENTRIES);
        g.writeNumber(t.entries());
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, Number n) throws IOException {
        if (n == null) {
            g.writeNull();
        } else if (n instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else {
            g.writeNumber(n.longValue());
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
