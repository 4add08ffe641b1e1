package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.junit.jupiter.api.Test;
import org.openplate.testing.TestDatabases;

/**
 * SQLite statements are compiled once per connection and reused: the same statement object serves
 * repeated requests, yet every read sees what other connections committed, failures leave no broken
 * statement behind, and the same SQL can run nested.
 */
class CachedStatementsTest {

    /** Records each statement object a handle executes. */
    private static final class Seen implements StatementCustomizer {
        final Set<PreparedStatement> statements = Collections.newSetFromMap(new IdentityHashMap<>());
        int executions;

        @Override
        public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
            statements.add(stmt);
            executions++;
        }
    }

    private static int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM t").mapTo(Integer.class).one();
    }

    @Test
    void repeatedStatementsReuseOneCompiledStatementPerConnection() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            table(db, 0);
            Seen seen = new Seen();
            for (int i = 0; i < 40; i++) {
                int n = i;
                db.jdbi().useHandle(h -> {
                    h.addCustomizer(seen);
                    h.createUpdate("INSERT INTO t (n) VALUES (:n)").bind("n", n).execute();
                    assertEquals(n + 1, count(h));
                    assertEquals(n, h.createQuery("SELECT n FROM t WHERE n = :n").bind("n", n).mapTo(Integer.class).one());
                });
            }
            assertEquals(120, seen.executions);
            // 3 statements on at most 4 pooled connections: at most 12 distinct objects, not 120
            assertTrue(seen.statements.size() <= 12, "statement objects: " + seen.statements.size());
            int[] cached = db.statements().cached();
            assertTrue(cached[0] >= 3 && cached[0] <= 12, "cached: " + cached[0]);
        }
    }

    @Test
    void aReusedStatementSeesWhatAnotherConnectionCommitted() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            table(db, 0);
            try (Handle reader = db.jdbi().open()) {
                Seen seen = new Seen();
                reader.addCustomizer(seen);
                assertEquals(0, count(reader));
                for (int i = 1; i <= 5; i++) {
                    int n = i;
                    // another connection (the reader holds its own) commits a row
                    db.jdbi().useTransaction(w -> w.createUpdate("INSERT INTO t (n) VALUES (:n)").bind("n", n).execute());
                    assertEquals(i, count(reader), "the cached statement holds no old snapshot");
                }
                assertEquals(1, seen.statements.size(), "one compiled statement served all six reads");
            }
        }
    }

    /** The test table t, holding n = 1 to {@code rows}. */
    private static void table(Database db, int rows) {
        db.jdbi().useHandle(h -> {
            h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            for (int i = 1; i <= rows; i++) {
                h.execute("INSERT INTO t (n) VALUES (?)", i);
            }
        });
    }

    /** {@code PRAGMA wal_checkpoint(PASSIVE)}: frames in the log and frames copied into the database. */
    private static int[] checkpoint(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("PRAGMA wal_checkpoint(PASSIVE)")
                .map((rs, ctx) -> new int[] {rs.getInt(2), rs.getInt(3)}).one());
    }

    @Test
    void aStatementGivenBackHoldsNoReadSnapshot() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            table(db, 50);
            try (Handle reader = db.jdbi().open()) {
                Seen seen = new Seen();
                reader.addCustomizer(seen);
                // ways a statement goes back to the cache with rows it did not read
                assertEquals(1, reader.createQuery("SELECT n FROM t ORDER BY n").mapTo(Integer.class).first());
                var it = reader.createQuery("SELECT n FROM t WHERE n > :n ORDER BY n").bind("n", 10)
                        .mapTo(Integer.class).iterator();
                assertEquals(11, it.next());
                it.close();
                reader.createQuery("SELECT n FROM t WHERE n > :n ORDER BY n").bind("n", 20).execute((executed, ctx) -> {
                    executed.get(); // stepped to its first row, which nobody asks for
                    ctx.close();    // and given back
                    return null;
                });
                assertTrue(seen.statements.size() >= 2);
                // another connection commits; were any of those statements still inside its read, the
                // checkpoint could not copy the frames written after it
                db.jdbi().useTransaction(w -> w.execute("INSERT INTO t (n) VALUES (51)"));
                int[] frames = checkpoint(db);
                assertTrue(frames[0] > 0, "the log holds the commit");
                assertEquals(frames[0], frames[1], "every frame copied: no statement kept an old snapshot");
                assertEquals(51, count(reader), "and the cached statements still work");
            }
        }
    }

    @Test
    void aFailedStatementIsNotReusedBroken() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL UNIQUE)"));
            String insert = "INSERT INTO t (n) VALUES (:n)";
            db.jdbi().useHandle(h -> h.createUpdate(insert).bind("n", 1).execute());
            for (int i = 0; i < 6; i++) {
                assertThrows(RuntimeException.class,
                        () -> db.jdbi().useHandle(h -> h.createUpdate(insert).bind("n", 1).execute()));
                int n = i + 2;
                db.jdbi().useTransaction(h -> h.createUpdate(insert).bind("n", n).execute());
            }
            db.jdbi().useHandle(h -> assertEquals(7, count(h)));
            // a failure inside a transaction rolls back everything in it, also with reused statements
            assertThrows(RuntimeException.class, () -> db.jdbi().useTransaction(h -> {
                h.createUpdate(insert).bind("n", 100).execute();
                h.createUpdate(insert).bind("n", 1).execute();
            }));
            db.jdbi().useHandle(h -> {
                assertEquals(7, count(h));
                assertEquals(0, h.createQuery("SELECT COUNT(*) FROM t WHERE n = 100").mapTo(Integer.class).one());
            });
        }
    }

    @Test
    void theSameSqlCanRunNestedOnOneConnection() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            table(db, 3);
            String sql = "SELECT n FROM t WHERE n >= :from ORDER BY n";
            db.jdbi().useHandle(h -> {
                Seen seen = new Seen();
                h.addCustomizer(seen);
                List<String> pairs = new ArrayList<>();
                try (var outer = h.createQuery(sql).bind("from", 1).mapTo(Integer.class).stream()) {
                    outer.forEach(a -> h.createQuery(sql).bind("from", a).mapTo(Integer.class)
                            .forEach(b -> pairs.add(a + "-" + b)));
                }
                assertEquals(List.of("1-1", "1-2", "1-3", "2-2", "2-3", "3-3"), pairs);
                assertTrue(seen.statements.size() >= 2, "the outer statement was in use, so the inner one is another");
            });
            // and afterwards the statement is reused again
            Seen again = new Seen();
            db.jdbi().useHandle(h -> {
                h.addCustomizer(again);
                h.createQuery(sql).bind("from", 2).mapTo(Integer.class).list();
                h.createQuery(sql).bind("from", 3).mapTo(Integer.class).list();
            });
            assertEquals(1, again.statements.size());
        }
    }

    @Test
    void postgresKeepsItsDriversOwnStatements() {
        var tdb = TestDatabases.postgres();
        try (Database db = Database.open(tdb.url(), tdb.user(), tdb.password())) {
            db.jdbi().useHandle(h -> {
                assertEquals(1, h.createQuery("SELECT 1").mapTo(Integer.class).one());
                assertEquals(1, h.createQuery("SELECT 1").mapTo(Integer.class).one());
            });
            assertEquals(0, db.statements().cached()[1], "no statement cache of ours on PostgreSQL");
        }
    }
}
