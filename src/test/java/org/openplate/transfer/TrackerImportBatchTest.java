package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.account.UserId;
import org.openplate.storage.Database;
import org.openplate.testing.TestDatabases.TestDb;
import org.openplate.transfer.trackers.TrackerData;
import org.openplate.transfer.trackers.TrackerFile;
import org.openplate.transfer.trackers.TrackerImports;

/**
 * An import larger than one batch, on both databases: every imported row's key points at the row made
 * from it, positions continue after the entries a meal already has, and a second import adds nothing.
 */
class TrackerImportBatchTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final String[] MEALS = {"Breakfast", "Lunch", "Dinner", "Snacks"};

    private static UserId user(Database db, String email) {
        return new UserId(db.jdbi().withHandle(h -> h.createQuery("INSERT INTO users (email, password_hash,"
                        + " created_at) VALUES (:e, 'x', 0) RETURNING id").bind("e", email)
                .mapTo(Long.class).one()));
    }

    /** {@code servings} rows of two foods, each with its own amount, spread over meals and days; a weigh-in a day. */
    private static List<TrackerFile> export(int servings, int firstGrams) {
        StringBuilder s = new StringBuilder("Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g)\n");
        StringBuilder b = new StringBuilder("Day,Time,Group,Metric,Unit,Amount\n");
        for (int i = 0; i < servings; i++) {
            LocalDate day = START.plusDays(i / 8);
            int grams = firstGrams + i;
            String food = i % 2 == 0 ? "Porridge" : "Lentil soup";
            s.append(day).append(",08:00,").append(MEALS[i / 2 % 4]).append(',').append(food).append(',')
                    .append(grams).append(" g,").append(grams * (i % 2 == 0 ? 0.7 : 1.1)).append(',')
                    .append(grams * 0.05).append('\n');
            if (i % 8 == 0) {
                b.append(day).append(",07:00,Weight,Weight,kg,").append(70 + i / 8 * 0.1).append('\n');
            }
        }
        return List.of(new TrackerFile("servings.csv", s.toString().getBytes()),
                new TrackerFile("biometrics.csv", b.toString().getBytes()));
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void eachKeyPointsAtItsRowAndPositionsFollowTheMealsEntries(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            UserId ann = user(db, "ann@example.org");
            UserId bob = user(db, "bob@example.org");
            TrackerImportService imports = new TrackerImportService(db.jdbi(), new ObjectMapper(), Clock.systemUTC());
            // a first, small import: the first day's breakfast already has two entries
            imports.importNow(ann, "cronometer", export(2, 100));
            imports.importNow(bob, "cronometer", export(2, 100));

            List<TrackerFile> big = export(2_600, 100);   // the first two rows are those of the first import
            ImportCounts counts = imports.importNow(ann, "cronometer", big);
            assertEquals(2_598, counts.added().get("food"));
            assertEquals(2, counts.kept().get("food"));
            assertEquals(325 - 1, counts.added().get("weight"));

            // each key's entry is the row it was made from (the amounts are all different)
            TrackerData data = TrackerImports.parse("cronometer", big);
            Map<String, Double> grams = new HashMap<>();
            data.foods().forEach(f -> grams.put(f.externalId(), f.grams()));
            Map<String, Double> kg = new HashMap<>();
            data.weights().forEach(w -> kg.put(w.externalId(), w.weightKg()));
            List<Object[]> keyed = db.jdbi().withHandle(h -> h.createQuery("SELECT k.external_id, k.kind, e.grams,"
                            + " w.weight_kg FROM import_keys k LEFT JOIN diary_entries e ON k.kind = 'food'"
                            + " AND e.id = k.local_id AND e.user_id = k.user_id LEFT JOIN weigh_ins w ON k.kind = 'weight'"
                            + " AND w.id = k.local_id AND w.user_id = k.user_id WHERE k.user_id = :u")
                    .bind("u", ann.value()).map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2),
                            rs.getObject(3) == null ? null : rs.getDouble(3),
                            rs.getObject(4) == null ? null : rs.getDouble(4)}).list());
            assertEquals(2_600 + 325, keyed.size());
            for (Object[] k : keyed) {
                if (k[1].equals("food")) {
                    assertEquals(grams.get((String) k[0]), (Double) k[2], "entry of key " + k[0]);
                } else {
                    assertEquals(kg.get((String) k[0]), (Double) k[3], 1e-9, "weigh-in of key " + k[0]);
                }
            }

            // positions: each meal of each day numbered 0, 1, … in file order, after what it had
            List<String> breakfast = db.jdbi().withHandle(h -> h.createQuery("SELECT e.position, e.grams FROM"
                            + " diary_entries e JOIN diary_meals m ON m.id = e.meal_id AND m.user_id = e.user_id"
                            + " WHERE e.user_id = :u AND e.day = :d AND m.name = 'Breakfast' ORDER BY e.position")
                    .bind("u", ann.value()).bind("d", START.toString())
                    .map((rs, ctx) -> rs.getInt(1) + ":" + Math.round(rs.getDouble(2))).list());
            assertEquals(List.of("0:100", "1:101"), breakfast, "the first import's rows are not added again");
            List<String> lunchDay2 = db.jdbi().withHandle(h -> h.createQuery("SELECT e.position, e.grams FROM"
                            + " diary_entries e JOIN diary_meals m ON m.id = e.meal_id AND m.user_id = e.user_id"
                            + " WHERE e.user_id = :u AND e.day = :d AND m.name = 'Lunch' ORDER BY e.position")
                    .bind("u", ann.value()).bind("d", START.plusDays(1).toString())
                    .map((rs, ctx) -> rs.getInt(1) + ":" + Math.round(rs.getDouble(2))).list());
            assertEquals(List.of("0:110", "1:111"), lunchDay2);
            int duplicates = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM (SELECT day, meal_id,"
                            + " position FROM diary_entries WHERE user_id = :u GROUP BY day, meal_id, position"
                            + " HAVING COUNT(*) > 1) d").bind("u", ann.value()).mapTo(Integer.class).one());
            assertEquals(0, duplicates, "no two entries share a place");
            int bobs = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM diary_entries WHERE user_id = :u")
                    .bind("u", bob.value()).mapTo(Integer.class).one());
            assertEquals(2, bobs, "the other user untouched");

            ImportCounts again = imports.importNow(ann, "cronometer", big);
            assertEquals(0, again.totalAdded(), "nothing the second time");
            assertEquals(2_600 + 325, again.totalKept());
        }
    }
}
