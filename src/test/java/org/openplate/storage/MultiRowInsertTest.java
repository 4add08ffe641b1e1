package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Multi-row INSERT … RETURNING on both databases: over several statements, every id comes back to the row
 * it was made from, rows with the same key take distinct ids, and a binder that writes the wrong number of
 * parameters is refused before anything is sent.
 */
class MultiRowInsertTest {

    private record Row(String name, long n, Double extra) {
    }

    private static final MultiRowInsert<Row> INSERT = new MultiRowInsert<>("test rows", "multi_row_insert_test",
            List.of("name", "n", "extra"), List.of("name", "n"));

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void everyIdComesBackToItsRow(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            String id = db.dialect().placeholders().get("id_pk");
            String real = db.dialect().placeholders().get("double");
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE multi_row_insert_test (id " + id + ", name TEXT NOT NULL,"
                    + " n BIGINT NOT NULL, extra " + real + ")"));
            // more rows than one statement takes, in an order RETURNING need not keep; the last 10 share one key
            List<Row> rows = new ArrayList<>();
            int total = 2 * MultiRowInsert.ROWS_PER_INSERT + 17;
            for (int i = 0; i < total - 10; i++) {
                rows.add(new Row("row " + ((i * 7919) % (total - 10)), i % 3 == 0 ? -i : i, i % 5 == 0 ? null : i / 4.0));
            }
            for (int i = 0; i < 10; i++) {
                rows.add(new Row("twin", 42, null));
            }
            long[] ids = db.jdbi().inTransaction(h -> INSERT.insert(h, rows,
                    (p, r) -> p.add(r.name()).add(r.n()).addNullable(r.extra()),
                    r -> r.name() + "|" + r.n(), rs -> rs.getString("name") + "|" + rs.getLong("n")));

            assertEquals(total, ids.length);
            assertEquals(total, new HashSet<>(java.util.Arrays.stream(ids).boxed().toList()).size(), "distinct ids");
            for (int i = 0; i < total; i++) {
                long rowId = ids[i];
                Map<String, Object> stored = db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, n, extra FROM multi_row_insert_test WHERE id = :id").bind("id", rowId).mapToMap().one());
                Row r = rows.get(i);
                assertEquals(r.name(), stored.get("name"), "row " + i);
                assertEquals(r.n(), ((Number) stored.get("n")).longValue(), "row " + i);
                if (r.extra() == null) {
                    assertNull(stored.get("extra"), "row " + i);
                } else {
                    assertEquals(r.extra(), ((Number) stored.get("extra")).doubleValue(), 0, "row " + i);
                }
            }

            IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> db.jdbi().inTransaction(h ->
                    INSERT.insert(h, List.of(new Row("short", 1, 1.0)), (p, r) -> p.add(r.name()).add(r.n()),
                            r -> r.name() + "|" + r.n(), rs -> rs.getString("name") + "|" + rs.getLong("n"))));
            assertTrue(wrong.getMessage().contains("2 parameters written for 1 rows of 3"), wrong.getMessage());
            int count = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM multi_row_insert_test")
                    .mapTo(Integer.class).one());
            assertEquals(total, count, "the refused insert added nothing");
            assertArrayEquals(new long[0], db.jdbi().inTransaction(h -> INSERT.insert(h, List.of(),
                    (p, r) -> p.add(r.name()), r -> r.name(), rs -> rs.getString("name"))), "nothing to insert");
        }
    }
}
