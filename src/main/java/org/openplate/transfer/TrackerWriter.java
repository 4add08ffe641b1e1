package org.openplate.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryImports;
import org.openplate.exercise.ExerciseImports;
import org.openplate.food.FoodImports;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.storage.Transaction;
import org.openplate.transfer.trackers.TrackerData;
import org.openplate.weight.WeighInImports;

/**
 * Writes another tracker's data into an account, inside the caller's transaction, through the
 * features' own bulk-write operations ({@link DiaryImports}, {@link FoodImports}, {@link WeighInImports},
 * {@link ExerciseImports}), so imported rows follow the rules of rows added by hand: meals, positions,
 * limits, the profile's weight. Each row is keyed by {@code tracker:<source>} and its stable external id in
 * {@code import_keys}, so importing the same file again adds nothing. A food whose name is exactly a
 * catalogue food's, with a known mass, is logged as that food; any other becomes the user's own food with
 * the nutrients the export gives (per 100 g when the mass is known, else per logged serving counted as 100 g).
 * Rows are written in batches: the already-imported ids and the user's own foods from the source are read
 * once, then each chunk of food rows has its meals and foods found (or made) row by row, and its entries
 * and keys written in multi-row statements; weigh-ins likewise, all checked before any is written.
 */
final class TrackerWriter {

    /** Food rows per round of writes: one position query, one or two multi-row INSERTs and one key batch. */
    private static final int CHUNK = 1000;

    private final long now;
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> kept = new TreeMap<>();
    private final org.openplate.food.importer.Progress progress;
    private final BiFunction<Transaction, Long, FoodImports> foodImports;
    private long done;
    /** The external ids already imported from this source (read once, then kept up to date). */
    private Set<String> known;

    /** @param foodImports builds the food feature's import operations on the transaction (refreshing search or not) */
    TrackerWriter(long now, org.openplate.food.importer.Progress progress,
                  BiFunction<Transaction, Long, FoodImports> foodImports) {
        this.now = now;
        this.progress = progress;
        this.foodImports = foodImports;
    }

    ImportCounts write(Transaction tx, UserId user, TrackerData data) {
        String source = "tracker:" + data.source();
        JdbiImportKeys keys = new JdbiImportKeys(tx);
        known = keys.known(user, source);
        DiaryImports diary = DiaryImports.in(tx, now);
        FoodImports foods = foodImports.apply(tx, now);
        WeighInImports weights = WeighInImports.in(tx);
        ExerciseImports exercise = ExerciseImports.in(tx);
        long total = data.count();
        List<TrackerData.FoodRow> rows = data.foods();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            // a chunk's foods and meals are found (or made) row by row, then its entries and keys written at once
            List<DiaryImports.FoodEntry> entries = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (TrackerData.FoodRow f : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                progress.update(++done, total, done);
                if (!seen(f.externalId(), "food")) {
                    entries.add(food(diary, foods, user, data.source(), f));
                    ids.add(f.externalId());
                    known.add(f.externalId());
                }
            }
            long[] local = diary.addFoods(user, entries);
            rememberAll(keys, user, source, "food", ids, Arrays.stream(local).boxed().toList());
        }
        List<WeighInImports.NewWeighIn> weighIns = new ArrayList<>();
        List<String> weighInKeys = new ArrayList<>();
        for (TrackerData.WeightRow w : data.weights()) {
            progress.update(++done, total, done);
            if (!seen(w.externalId(), "weight")) {
                weighIns.add(new WeighInImports.NewWeighIn(w.day(), noon(w.day()) + w.row(), w.weightKg(), w.bodyFatPct()));
                weighInKeys.add(w.externalId());
                known.add(w.externalId());
            }
        }
        long[] weighInIds = weights.addAll(user, weighIns, now);
        rememberAll(keys, user, source, "weight", weighInKeys, Arrays.stream(weighInIds).boxed().toList());
        weights.finish(Instant.ofEpochMilli(now));
        for (TrackerData.ExerciseRow e : data.exercises()) {
            progress.update(++done, total, done);
            if (!seen(e.externalId(), "exercise")) {
                long id = exercise.addManual(user, e.day(), e.name(), e.minutes(), e.sets(), e.reps(), e.loadKg(),
                        Math.abs(e.kcal()), now);
                remember(keys, user, source, e.externalId(), "exercise", id);
            }
        }
        for (TrackerData.NoteRow n : data.notes()) {
            progress.update(++done, total, done);
            if (!seen(n.externalId(), "note")) {
                diary.appendNote(user, n.day(), n.text());
                remember(keys, user, source, n.externalId(), "note", null);
            }
        }
        for (TrackerData.WaterRow w : data.water()) {
            progress.update(++done, total, done);
            if (!seen(w.externalId(), "water")) {
                diary.addWater(user, w.day(), w.ml());
                remember(keys, user, source, w.externalId(), "water", null);
            }
        }
        if (diary.mealsAdded() > 0) {
            added.merge("meals", diary.mealsAdded(), Integer::sum);
        }
        return new ImportCounts(added, kept);
    }

    /** The diary entry for one food row, its meal and food found or made. */
    private DiaryImports.FoodEntry food(DiaryImports diary, FoodImports foods, UserId user, String tracker, TrackerData.FoodRow f) {
        long meal = diary.meal(user, f.meal());
        boolean mass = f.grams() != null && f.grams() > 0;
        java.util.Optional<Long> catalogue = f.name() == null || !mass ? java.util.Optional.empty()
                : foods.catalogueFood(f.name());
        if (catalogue.isPresent()) {
            return new DiaryImports.FoodEntry(f.day(), meal, catalogue.get(), f.grams(), "g", f.grams());
        }
        if (mass) {
            // known mass: the food holds the nutrients per 100 g and the entry its grams
            long food = ownFood(foods, user, tracker, f, f.grams(), null);
            return new DiaryImports.FoodEntry(f.day(), meal, food, f.grams(), "g", f.grams());
        }
        // no mass: the logged serving is the food's one portion, counted as 100 g
        String portion = portionName(f);
        long food = ownFood(foods, user, tracker, f, 100, portion);
        return new DiaryImports.FoodEntry(f.day(), meal, food, 1, portion, 100);
    }

    /** The serving's name as the food's portion: at most 60 characters, as for a custom food. */
    private static String portionName(TrackerData.FoodRow f) {
        if (f.quantity() != null && f.unit() != null && !f.unit().isBlank()) {
            return trim(CsvExports.num(f.quantity()) + " " + f.unit(), 60);
        }
        return f.name() == null ? "meal total" : "serving as logged";
    }

    private long ownFood(FoodImports foods, UserId user, String tracker, TrackerData.FoodRow f, double grams,
                         String portion) {
        Map<String, Double> per100 = new TreeMap<>();
        f.nutrients().forEach((id, v) -> {
            if (v != null && NutrientCatalog.byId(id).isPresent()) {
                per100.put(id, significant(v * 100.0 / grams));
            }
        });
        String name = f.name() != null ? f.name()
                : label(tracker) + " " + (f.meal() == null ? "entry" : f.meal().toLowerCase(Locale.ROOT)) + " " + f.day();
        FoodImports.Own own = foods.ownFood(user, "import-" + tracker, name, "Imported from " + label(tracker), per100,
                portion, grams, TrackerWriter::close);
        if (own.created()) {
            added.merge("foods", 1, Integer::sum);
        }
        return own.id();
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
        // Fast path, the same result as the exact rounding below: x is a·10^k (k chosen so that x has four
        // digits before the point) rounded once, within 2^-39 of the exact product; unless x is within
        // 1e-6 of a half (a tie the rounded product cannot settle) or of the four-digit range's ends, the
        // exact product rounds to the same integer r. r and 10^k (|k| ≤ 22) are exact doubles, so r / 10^k
        // (or r · 10^-k) is the double nearest to the decimal, as BigDecimal.doubleValue gives.
        double a = Math.abs(v);
        int k = 3 - (int) Math.floor(Math.log10(a));
        if (k >= -22 && k <= 22) {
            double x = k >= 0 ? a * POW10[k] : a / POW10[-k];
            double frac = x - Math.floor(x);
            if (x >= 1000 + 1e-6 && x < 9999.5 - 1e-6 && Math.abs(frac - 0.5) > 1e-6) {
                double r = Math.floor(x + 0.5);
                return Math.copySign(k >= 0 ? r / POW10[k] : r * POW10[-k], v);
            }
        }
        return exactSignificant(v);
    }

    /** Four significant digits of the exact binary value, rounding half up. */
    static double exactSignificant(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
    }

    /** 10^0 … 10^22, each exactly representable as a double. */
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
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

    private boolean seen(String externalId, String kind) {
        boolean present = known.contains(externalId);
        if (present) {
            kept.merge(kind, 1, Integer::sum);
        }
        return present;
    }

    /** Keys for rows written (already marked known when they were taken), in one batch. */
    private void rememberAll(JdbiImportKeys keys, UserId user, String source, String kind, List<String> externalIds,
                             List<Long> localIds) {
        keys.rememberAll(user, source, kind, externalIds, localIds, now);
        if (!externalIds.isEmpty()) {
            added.merge(kind, externalIds.size(), Integer::sum);
        }
    }

    private void remember(JdbiImportKeys keys, UserId user, String source, String externalId, String kind, Long local) {
        keys.remember(user, source, externalId, kind, local, now);
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
