package org.openplate.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;
import org.jdbi.v3.core.ConnectionException;
import org.junit.jupiter.api.Test;

/** Which request failures are the database's own (503 at once) and which stay unexpected (500). */
class DatabaseFailuresTest {

    @Test
    void unreachableFullAndOtherFailures() {
        assertEquals(Optional.of(DatabaseFailures.UNREACHABLE), DatabaseFailures.unavailable(new ConnectionException(
                new SQLTransientConnectionException("openplate - Connection is not available, request timed out"))));
        assertEquals(Optional.of(DatabaseFailures.UNREACHABLE), DatabaseFailures.unavailable(
                new RuntimeException(new SQLException("terminating connection", "57P01"))));
        assertEquals(Optional.of(DatabaseFailures.UNREACHABLE), DatabaseFailures.unavailable(
                new RuntimeException(new SQLException("connection failure", "08006"))));
        assertEquals(Optional.of(DatabaseFailures.NOT_WRITABLE), DatabaseFailures.unavailable(new RuntimeException(
                new SQLException("[SQLITE_FULL] Insertion failed because database is full (database or disk is full)"))));
        assertEquals(Optional.of(DatabaseFailures.NOT_WRITABLE), DatabaseFailures.unavailable(new RuntimeException(
                new SQLException("[SQLITE_CORRUPT] The database disk image is malformed"))));
        assertEquals(Optional.empty(), DatabaseFailures.unavailable(new RuntimeException(
                new SQLException("duplicate key value violates unique constraint", "23505"))));
    }
}
