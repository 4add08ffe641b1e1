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
}
