package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openplate.testing.TestDatabases.TestDb;

/**
 * Plain JDBC reads on a JDBI handle: the rows as the SQL answers them on both databases, a statement compiled
 * once and reused from the connection's cache on SQLite (also after a failure, which drops only the failed
 * statement), and a failure thrown as JDBI's own with the driver's exception as its cause.
 */
class PlainReadsTest {

    private static List<Integer> above(Handle h, int floor) {
        return PlainReads.query(h, "SELECT n FROM plain_t WHERE n > ? ORDER BY n", st -> st.setInt(1, floor), rs -> {
            List<Integer> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
            return out;
        });
    }

    @ParameterizedTest
    @MethodSource("org.openplate.testing.TestDatabases#both")
    void readsWithCompiledStatementsAndFailsAsJdbiDoes(TestDb tdb) {
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE plain_t (n INTEGER NOT NULL)");
                for (int n = 1; n <= 5; n++) {
                    h.execute("INSERT INTO plain_t (n) VALUES (?)", n);
                }
            });
            boolean sqlite = tdb.url().startsWith("jdbc:sqlite:");
            int before = db.statements().cached()[0];
            try (Handle h = db.jdbi().open()) {
                assertEquals(List.of(3, 4, 5), above(h, 2));
                assertEquals(List.of(5), above(h, 4));
                assertEquals(List.of(), above(h, 9));
                if (sqlite) {
                    assertEquals(before + 1, db.statements().cached()[0], "one compiled statement, given back each time");
                }

                JdbiException e = assertThrows(JdbiException.class, () -> PlainReads.query(h,
                        "SELECT n FROM plain_t WHERE n > ?", st -> st.setString(1, "x"), rs -> {
                            rs.next();
                            throw new SQLException("unreadable row");
                        }));
                assertTrue(e.getCause() instanceof SQLException, String.valueOf(e.getCause()));
                assertNotNull(e.getMessage());
                assertThrows(JdbiException.class, () -> PlainReads.query(h, "SELECT n FROM no_such_table", st -> { },
                        rs -> null));
                // the handle and the cached statement still serve after the failures
                assertEquals(List.of(2, 3, 4, 5), above(h, 1));
                if (sqlite) {
                    assertEquals(before + 1, db.statements().cached()[0], "the failed statements were not kept");
                }
            }
        }
    }
}
