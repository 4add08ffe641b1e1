package org.openplate.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.openplate.account.Tokens;
import org.openplate.account.UserId;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.transfer.trackers.TrackerData;

/**
 * Writes another tracker's data into an account, inside the caller's transaction. Each row is keyed
 * by {@code tracker:<source>} and its stable external id in {@code import_keys}, so importing the same
 * file again adds nothing. A food whose name is exactly a catalogue food's, with a known mass, is
 * logged as that food; any other becomes the user's own food with the nutrients the export gives
 * (per 100 g when the mass is known, else per logged serving counted as 100 g).
 */
final class TrackerWriter {

    private final ObjectMapper json;
    private final long now;
    private final Map<String, Long> meals = new HashMap<>();
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> kept = new TreeMap<>();

    private final org.openplate.food.importer.Progress progress;
    private long done;

    TrackerWriter(ObjectMapper json, long now, org.openplate.food.importer.Progress progress) {
        this.json = json;
        this.now = now;
        this.progress = progress;
    }

    ImportCounts write(Handle h, UserId user, TrackerData data) {
        String source = "tracker:" + data.source();
        long total = data.count();
        for (TrackerData.FoodRow f : data.foods()) {
            progress.update(++done, total, done);
            if (!seen(h, user, source, f.externalId(), "food")) {
                long entry = food(h, user, data.source(), f);
                remember(h, user, source, f.externalId(), "food", entry);
            }
        }
        for (TrackerData.WeightRow w : data.weights()) {
            progress.update(++done, total, done);
            if (!seen(h, user, source, w.externalId(), "weight")) {
                long id = h.createUpdate("INSERT INTO weigh_ins (user_id, day, measured_at, weight_kg, body_fat_pct,"
                                + " created_at) VALUES (:u, :day, :at, :kg, :bf, :now)").bind("u", user.value())
                        .bind("day", w.day().toString()).bind("at", noon(w.day()) + w.row()).bind("kg", w.weightKg())
                        .bind("bf", w.bodyFatPct()).bind("now", now).executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                remember(h, user, source, w.externalId(), "weight", id);
            }
        }
        for (TrackerData.ExerciseRow e : data.exercises()) {
            progress.update(++done, total, done);
            if (!seen(h, user, source, e.externalId(), "exercise")) {
                long id = h.createUpdate("INSERT INTO exercise_entries (user_id, day, kind, name, minutes, sets, reps,"
                                + " load_kg, kcal, kcal_override, created_at) VALUES (:u, :day, 'manual', :name, :min,"
                                + " :sets, :reps, :load, :kcal, 1, :now)").bind("u", user.value())
                        .bind("day", e.day().toString()).bind("name", trim(e.name(), 200)).bind("min", e.minutes())
                        .bind("sets", e.sets()).bind("reps", e.reps()).bind("load", e.loadKg())
                        .bind("kcal", Math.abs(e.kcal())).bind("now", now).executeAndReturnGeneratedKeys("id")
                        .mapTo(Long.class).one();
                remember(h, user, source, e.externalId(), "exercise", id);
            }
        }
        for (TrackerData.NoteRow n : data.notes()) {
            progress.update(++done, total, done);
            if (!seen(h, user, source, n.externalId(), "note")) {
                day(h, user, n.day());
                String old = h.createQuery("SELECT note FROM diary_days WHERE user_id = :u AND day = :d")
                        .bind("u", user.value()).bind("d", n.day().toString()).mapTo(String.class).findOne().orElse(null);
                String note = old == null || old.isBlank() ? n.text() : old + "\n" + n.text();
                h.createUpdate("UPDATE diary_days SET note = :n WHERE user_id = :u AND day = :d").bind("n", trim(note, 5000))
                        .bind("u", user.value()).bind("d", n.day().toString()).execute();
                remember(h, user, source, n.externalId(), "note", null);
            }
        }
        for (TrackerData.WaterRow w : data.water()) {
            progress.update(++done, total, done);
            if (!seen(h, user, source, w.externalId(), "water")) {
                day(h, user, w.day());
                h.createUpdate("UPDATE diary_days SET water_ml = water_ml + :ml WHERE user_id = :u AND day = :d")
                        .bind("ml", w.ml()).bind("u", user.value()).bind("d", w.day().toString()).execute();
                remember(h, user, source, w.externalId(), "water", null);
            }
        }
        return new ImportCounts(added, kept);
    }

    /** Logs one food row; returns the diary entry's id. */
    private long food(Handle h, UserId user, String tracker, TrackerData.FoodRow f) {
        long meal = meal(h, user, f.meal());
        int position = positions.compute(f.day() + "|" + meal, (k, next) -> next != null ? next + 1
                : h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM diary_entries WHERE user_id = :u"
                        + " AND day = :d AND meal_id = :m").bind("u", user.value()).bind("d", f.day().toString())
                        .bind("m", meal).mapTo(Integer.class).one());
        Optional<Long> catalogue = f.name() == null || f.grams() == null || f.grams() <= 0 ? Optional.empty()
                : catalogueIds.computeIfAbsent(f.name().toLowerCase(Locale.ROOT), n -> h.createQuery("SELECT id FROM foods"
                        + " WHERE owner_id IS NULL AND deleted = 0 AND LOWER(name) = :n ORDER BY id").bind("n", n)
                        .mapTo(Long.class).findFirst());
        long foodId;
        double amount;
        String unit;
        double grams;
        if (catalogue.isPresent()) {
            foodId = catalogue.get();
            amount = f.grams();
            unit = "g";
            grams = f.grams();
        } else if (f.grams() != null && f.grams() > 0) {
            // known mass: the food holds the nutrients per 100 g and the entry its grams
            grams = f.grams();
            amount = grams;
            unit = "g";
            foodId = ownFood(h, user, tracker, f, grams, null);
        } else {
            // no mass: the logged serving is the food's one portion, counted as 100 g
            grams = 100;
            unit = portionName(f);
            amount = 1;
            foodId = ownFood(h, user, tracker, f, grams, unit);
        }
        return h.createUpdate("INSERT INTO diary_entries (user_id, day, meal_id, position, kind, food_id, amount, unit,"
                        + " grams, created_at) VALUES (:u, :d, :m, :p, 'food', :f, :a, :unit, :g, :now)")
                .bind("u", user.value()).bind("d", f.day().toString()).bind("m", meal).bind("p", position).bind("f", foodId)
                .bind("a", amount).bind("unit", unit).bind("g", grams).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static String portionName(TrackerData.FoodRow f) {
        if (f.quantity() != null && f.unit() != null && !f.unit().isBlank()) {
            return trim(CsvExports.num(f.quantity()) + " " + f.unit(), 80);
        }
        return f.name() == null ? "meal total" : "serving as logged";
    }

    private long ownFood(Handle h, UserId user, String tracker, TrackerData.FoodRow f, double grams, String portion) {
        Map<String, Double> per100 = new TreeMap<>();
        f.nutrients().forEach((id, v) -> {
            if (v != null && NutrientCatalog.byId(id).isPresent()) {
                per100.put(id, significant(v * 100.0 / grams));
            }
        });
        String name = f.name() != null ? trim(f.name(), 200)
                : label(tracker) + " " + (f.meal() == null ? "entry" : f.meal().toLowerCase(Locale.ROOT)) + " " + f.day();
        String nutrients;
        String portions;
        try {
            nutrients = json.writeValueAsString(per100);
            portions = json.writeValueAsString(portion == null ? List.of() : List.of(Map.of("name", portion, "grams", grams)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String sourceId = Tokens.sha256(user.value() + "|" + name + "|" + nutrients + "|" + portions).substring(0, 32);
        Optional<Long> existing = h.createQuery("SELECT id FROM foods WHERE source = :s AND source_id = :i")
                .bind("s", "import-" + tracker).bind("i", sourceId).mapTo(Long.class).findOne();
        if (existing.isPresent()) {
            return existing.get();
        }
        String key = tracker + "|" + name.toLowerCase(Locale.ROOT) + "|" + portions;
        List<Own> candidates = own.computeIfAbsent(key, k -> load(h, user, tracker, name, portions));
        for (Own o : candidates) {
            if (close(o.per100(), per100)) {
                return o.id();
            }
        }
        added.merge("foods", 1, Integer::sum);
        long id = h.createUpdate("INSERT INTO foods (source, source_id, owner_id, name, brand, kcal, protein_g, fat_g, carbs_g,"
                        + " nutrients, portions, deleted, updated_at) VALUES (:s, :i, :u, :name, :brand, :kcal, :p, :f, :c,"
                        + " :n, :portions, 0, :now)").bind("s", "import-" + tracker).bind("i", sourceId)
                .bind("u", user.value()).bind("name", name).bind("brand", "Imported from " + label(tracker))
                .bind("kcal", per100.get(NutrientCatalog.ENERGY)).bind("p", per100.get(NutrientCatalog.PROTEIN))
                .bind("f", per100.get(NutrientCatalog.FAT)).bind("c", per100.get(NutrientCatalog.CARBS))
                .bind("n", nutrients).bind("portions", portions).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        candidates.add(new Own(id, per100));
        return id;
    }

    /** An imported own food and its nutrients per 100 g. */
    private record Own(long id, Map<String, Double> per100) {
    }

    private final Map<String, List<Own>> own = new HashMap<>();

    private List<Own> load(Handle h, UserId user, String tracker, String name, String portions) {
        List<Own> out = new java.util.ArrayList<>();
        h.createQuery("SELECT id, nutrients FROM foods WHERE owner_id = :u AND source = :s AND LOWER(name) = :n AND"
                        + " portions = :p AND deleted = 0 ORDER BY id").bind("u", user.value()).bind("s", "import-" + tracker)
                .bind("n", name.toLowerCase(Locale.ROOT)).bind("p", portions).mapToMap().forEach(m -> {
                    try {
                        Map<String, Double> n = json.readValue((String) m.get("nutrients"),
                                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Double>>() { });
                        out.add(new Own(((Number) m.get("id")).longValue(), n));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                });
        return out;
    }

    /**
     * The same food logged in another amount: the same nutrients, each within 2% (or 0.05 per 100 g
     * for small amounts), which is what the trackers' own rounding of each row allows.
     */
    static boolean close(Map<String, Double> a, Map<String, Double> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Double> e : a.entrySet()) {
            double x = e.getValue();
            double y = b.get(e.getKey());
            if (Math.abs(x - y) > Math.max(0.02 * Math.max(Math.abs(x), Math.abs(y)), 0.05)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Four significant digits: the same food logged in different amounts (rounded by the tracker)
     * gives one food, while each entry stays within 0.05% of the export's figures.
     */
    static double significant(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    static String label(String tracker) {
        return switch (tracker) {
            case "myfitnesspal" -> "MyFitnessPal";
            case "cronometer" -> "Cronometer";
            case "loseit" -> "Lose It!";
            case "myplate" -> "MyPlate";
            default -> tracker;
        };
    }

    /** The user's meal for a tracker's meal name: same name, singular/plural, or a new meal. */
    private long meal(Handle h, UserId user, String name) {
        String wanted = name == null || name.isBlank() || name.equalsIgnoreCase("uncategorized") ? "Snacks" : name.strip();
        String key = wanted.toLowerCase(Locale.ROOT);
        return meals.computeIfAbsent(key, k -> {
            Map<String, Long> mine = new LinkedHashMap<>();
            h.createQuery("SELECT id, name FROM diary_meals WHERE user_id = :u ORDER BY position").bind("u", user.value())
                    .mapToMap().forEach(m -> mine.putIfAbsent(((String) m.get("name")).toLowerCase(Locale.ROOT),
                            ((Number) m.get("id")).longValue()));
            for (String variant : List.of(k, k.endsWith("s") ? k.substring(0, k.length() - 1) : k + "s",
                    k.startsWith("snack") ? "snacks" : k)) {
                if (mine.containsKey(variant)) {
                    return mine.get(variant);
                }
            }
            int pos = h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM diary_meals WHERE user_id = :u")
                    .bind("u", user.value()).mapTo(Integer.class).one();
            added.merge("meals", 1, Integer::sum);
            return h.createUpdate("INSERT INTO diary_meals (user_id, name, position) VALUES (:u, :n, :p)")
                    .bind("u", user.value()).bind("n", trim(wanted, 40)).bind("p", pos)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        });
    }

    private static void day(Handle h, UserId user, LocalDate day) {
        h.createUpdate("INSERT INTO diary_days (user_id, day, water_ml) VALUES (:u, :d, 0) ON CONFLICT (user_id, day)"
                + " DO NOTHING").bind("u", user.value()).bind("d", day.toString()).execute();
    }

    /** The next position in each day's meal, and catalogue foods by lower-case name, read once per import. */
    private final Map<String, Integer> positions = new HashMap<>();
    private final Map<String, Optional<Long>> catalogueIds = new HashMap<>();
    /** The external ids already imported from this source (read once, then kept up to date). */
    private java.util.Set<String> known;

    private boolean seen(Handle h, UserId user, String source, String externalId, String kind) {
        if (known == null) {
            known = new java.util.HashSet<>(h.createQuery("SELECT external_id FROM import_keys WHERE user_id = :u AND"
                    + " source = :s").bind("u", user.value()).bind("s", source).mapTo(String.class).list());
        }
        boolean present = known.contains(externalId);
        if (present) {
            kept.merge(kind, 1, Integer::sum);
        }
        return present;
    }

    private void remember(Handle h, UserId user, String source, String externalId, String kind, Long local) {
        h.createUpdate("INSERT INTO import_keys (user_id, source, external_id, kind, local_id, imported_at) VALUES"
                        + " (:u, :s, :e, :k, :l, :now)").bind("u", user.value()).bind("s", source).bind("e", externalId)
                .bind("k", kind).bind("l", local).bind("now", now).execute();
        known.add(externalId);
        added.merge(kind, 1, Integer::sum);
    }

    private static long noon(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static String trim(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }
}
