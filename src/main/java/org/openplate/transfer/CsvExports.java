package org.openplate.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.csv.Csv;
import org.openplate.diary.DayView;
import org.openplate.diary.DiaryDays;
import org.openplate.diary.Line;
import org.openplate.energy.TrendWeight;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.weight.WeighIn;
import org.openplate.weight.WeightService;

/**
 * The CSV exports (documented in docs/formats.md): diary entries with nutrients, daily totals,
 * weights with the trend, and exercise with back-care check-ins. Metric units, named in each
 * header; a nutrient an entry lacks is an empty cell, never 0. Text cells go through
 * {@link Csv#text} (formula neutralising) and records through {@link Csv#row}.
 */
final class CsvExports {

    enum Kind { DIARY, DAILY, WEIGHTS, EXERCISE }

    private final Jdbi jdbi;
    private final DiaryDays diary;
    private final WeightService weights;

    CsvExports(Jdbi jdbi, DiaryDays diary, WeightService weights) {
        this.jdbi = jdbi;
        this.diary = diary;
        this.weights = weights;
    }

    String csv(UserId user, Kind kind) {
        StringBuilder out = new StringBuilder();
        switch (kind) {
            case DIARY -> diaryEntries(user, out);
            case DAILY -> dailyTotals(user, out);
            case WEIGHTS -> weightRows(user, out);
            case EXERCISE -> exercise(user, out);
        }
        return out.toString();
    }

    private List<LocalDate> days(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT day FROM diary_entries WHERE user_id = :u AND"
                        + " deleted_at IS NULL ORDER BY day").bind("u", user.value()).mapTo(String.class).list())
                .stream().map(LocalDate::parse).toList();
    }

    private void diaryEntries(UserId user, StringBuilder out) {
        List<Nutrient> nutrients = NutrientCatalog.all();
        List<String> head = new ArrayList<>(List.of("date", "meal", "kind", "name", "amount", "unit", "grams"));
        nutrients.forEach(n -> head.add(column(n)));
        Csv.row(out, head);
        for (LocalDate d : days(user)) {
            DayView day = diary.day(user, d);
            for (DayView.MealBlock block : day.meals()) {
                for (Line l : block.lines()) {
                    List<String> r = new ArrayList<>(List.of(d.toString(), Csv.text(block.meal().name()),
                            l.kind().name().toLowerCase(Locale.ROOT), Csv.text(l.name()), num(l.amount()),
                            Csv.text(l.unit()), num(l.grams())));
                    nutrients.forEach(n -> r.add(num(l.nutrients().orNull(n.id()))));
                    Csv.row(out, r);
                }
            }
        }
    }

    private void dailyTotals(UserId user, StringBuilder out) {
        List<String> ids = List.of(NutrientCatalog.ENERGY, NutrientCatalog.PROTEIN, NutrientCatalog.CARBS,
                NutrientCatalog.FAT, NutrientCatalog.FIBER, NutrientCatalog.SUGARS, NutrientCatalog.SATURATED,
                NutrientCatalog.SODIUM, NutrientCatalog.CHOLESTEROL, NutrientCatalog.POTASSIUM, NutrientCatalog.CALCIUM,
                NutrientCatalog.IRON);
        List<String> head = new ArrayList<>(List.of("date", "entries", "goal_kcal", "exercise_kcal", "credited_kcal",
                "remaining_kcal", "water_ml"));
        ids.forEach(id -> head.add(column(NutrientCatalog.byId(id).orElseThrow())));
        ids.forEach(id -> head.add(id + "_missing_entries"));
        Csv.row(out, head);
        for (LocalDate d : days(user)) {
            DayView day = diary.day(user, d);
            List<String> r = new ArrayList<>(List.of(d.toString(), Integer.toString(day.totals().items()),
                    day.budget().goalKcal() == null ? "" : day.budget().goalKcal().toString(),
                    num(day.budget().exerciseKcal()), num(day.budget().creditedKcal()), num(day.budget().remainingKcal()),
                    num(day.waterMl())));
            ids.forEach(id -> r.add(day.totals().total(id).isPresent() ? num(day.totals().total(id).getAsDouble()) : ""));
            ids.forEach(id -> r.add(Integer.toString(day.totals().missing(id))));
            Csv.row(out, r);
        }
    }

    private void weightRows(UserId user, StringBuilder out) {
        Csv.row(out, List.of("date", "measured_at", "weight_kg", "weight_lb", "trend_kg", "body_fat_pct", "waist_cm"));
        Map<LocalDate, TrendWeight.Point> trend = new java.util.HashMap<>();
        List<WeighIn> all = new ArrayList<>();
        jdbi.withHandle(h -> h.createQuery("SELECT MIN(day) FROM weigh_ins WHERE user_id = :u").bind("u", user.value())
                .mapTo(String.class).findOne()).filter(s -> s != null).ifPresent(first -> {
                    WeightService.Series s = weights.series(user, LocalDate.parse(first), weights.today(user));
                    s.points().forEach(p -> trend.put(p.date(), p));
                    all.addAll(s.weighIns());
                });
        for (WeighIn w : all) {
            TrendWeight.Point p = trend.get(w.day());
            Csv.row(out, List.of(w.day().toString(), java.time.Instant.ofEpochMilli(w.measuredAt()).toString(),
                    num(w.weightKg()), num(org.openplate.units.Measures.kgToLb(w.weightKg())), p == null ? "" : num(p.trendKg()),
                    num(w.bodyFatPct()), num(w.waistCm())));
        }
    }

    private void exercise(UserId user, StringBuilder out) {
        Csv.row(out, List.of("date", "kind", "name", "activity_code", "minutes", "distance_km", "sets", "reps", "load_kg",
                "met", "kcal", "pain_before", "pain_after", "hold_seconds", "effort"));
        jdbi.useHandle(h -> h.createQuery("SELECT e.*, c.pain_before, c.pain_after, c.hold_seconds, c.effort FROM"
                        + " exercise_entries e LEFT JOIN back_checkins c ON c.user_id = e.user_id AND c.entry_id = e.id WHERE e.user_id = :u"
                        + " ORDER BY e.day, e.id").bind("u", user.value()).mapToMap()
                .forEach(m -> Csv.row(out, List.of(str(m.get("day")), Csv.text(str(m.get("kind"))), Csv.text(str(m.get("name"))),
                        Csv.text(str(m.get("activity_code"))), numObj(m.get("minutes")), numObj(m.get("distance_km")),
                        str(m.get("sets")), str(m.get("reps")), numObj(m.get("load_kg")), numObj(m.get("met")),
                        numObj(m.get("kcal")), str(m.get("pain_before")), str(m.get("pain_after")),
                        str(m.get("hold_seconds")), Csv.text(str(m.get("effort")))))));
    }

    static String column(Nutrient n) {
        String unit = n.unit().equals("µg") ? "ug" : n.unit().toLowerCase(Locale.ROOT);
        return n.id() + "_" + unit;
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    private static String numObj(Object o) {
        return o == null ? "" : num(((Number) o).doubleValue());
    }

    static String num(Double v) {
        if (v == null || v.isNaN()) {
            return "";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }
}
