package org.openplate.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openplate.testing.TestDatabases;

/** The health check writes: a database that answers reads but refuses writes is reported not writable. */
class HealthCheckTest {

    @Test
    void aDatabaseThatRefusesWritesIsReportedNotWritable() {
        var tdb = TestDatabases.sqlite();
        try (Database db = Database.open(tdb.url(), null, null)) {
            assertTrue(db.health().reachable() && db.health().writable());
            // a write that fails the way a full disk or a damaged page makes it fail
            db.jdbi().useHandle(h -> h.execute("CREATE TRIGGER heartbeat_fails BEFORE UPDATE ON health_heartbeat"
                    + " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"));
            HealthCheck fresh = new HealthCheck(db.dataSourceForTests(), Dialect.SQLITE, null);
            HealthCheck.Status s = fresh.status();
            assertTrue(s.reachable());
            assertFalse(s.writable());
            assertNotNull(s.problem());
            assertTrue(s.problem().contains("not writable"), s.problem());
        }
    }

    @Test
    void aDamagedFileStillStartsAndHealthSaysItIsDamaged() throws Exception {
        var tdb = TestDatabases.sqlite();
        java.nio.file.Path file = java.nio.file.Path.of(tdb.url().substring("jdbc:sqlite:".length()));
        try (Database db = Database.open(tdb.url(), null, null)) {
            db.jdbi().useHandle(h -> {
                h.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, t TEXT NOT NULL)");
                for (int i = 0; i < 400; i++) {
                    h.execute("INSERT INTO filler (t) VALUES (?)", "row " + i + " ".repeat(200));
                }
                h.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            });
        }
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            long last = raf.length() - 4096;          // the filler table's last leaf page
            raf.seek(last + 8);
            raf.write(new byte[600]);
            for (int i = 0; i < 600; i++) {
                raf.write(0x5a);
            }
        }
        try (Database db = Database.open(tdb.url(), null, null)) {
            long until = System.currentTimeMillis() + 20_000;
            HealthCheck.Status s = db.health();
            while ((s.problem() == null || !s.problem().contains("damaged")) && System.currentTimeMillis() < until) {
                Thread.sleep(100);
                s = db.health();
            }
            assertNotNull(s.problem(), "the background check reports the damage");
            assertTrue(s.problem().contains("damaged") && s.problem().contains("backup"), s.problem());
            assertFalse(s.writable());
        }
    }
}
