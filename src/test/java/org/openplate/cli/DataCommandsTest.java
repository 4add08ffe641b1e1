package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

/** The command line's export, import (restore) and backup on the embedded database. */
class DataCommandsTest {

    @Test
    void exportImportAndBackup() throws Exception {
        TestDatabases.TestDb db = TestDatabases.sqlite();
        String ann = "ann" + System.nanoTime() + "@example.org";
        String bob = "bob" + System.nanoTime() + "@example.org";
        try (TestApp app = TestApp.start(db)) {
            org.openplate.transfer.TransferRoundTripTest.fill(app, new HttpSession(app), ann);
            new HttpSession(app).signUp(bob, "correct horse");
        }
        Path dir = Files.createTempDirectory("cli");
        Path zip = dir.resolve("ann.zip");
        GoalCommandTest.Run exported = GoalCommandTest.run("export", "--database-url", db.url(), "--data-dir",
                dir.toString(), "--user", ann, "--out", zip.toString());
        assertEquals(0, exported.code(), exported.err());
        assertTrue(Files.size(zip) > 1000 && exported.out().contains("wrote"));

        GoalCommandTest.Run imported = GoalCommandTest.run("import", "--database-url", db.url(), "--data-dir",
                dir.toString(), "--user", bob, zip.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("diary_entries") && imported.out().contains("7 added"), imported.out());
        assertTrue(imported.err().contains("rows"), "progress on standard error");
        GoalCommandTest.Run again = GoalCommandTest.run("import", "--database-url", db.url(), "--data-dir",
                dir.toString(), "--user", bob, zip.toString());
        assertTrue(again.out().matches("(?s).*imported: \\d+ added, \\d+ already there.*"), again.out());
        assertTrue(!again.out().contains("diary_entries"), "nothing new the second time: " + again.out());

        assertEquals(1, GoalCommandTest.run("export", "--database-url", db.url(), "--user", "nobody@example.org",
                "--out", dir.resolve("x.zip").toString()).code());
        GoalCommandTest.Run notZip = GoalCommandTest.run("import", "--database-url", db.url(), "--data-dir",
                dir.toString(), "--user", bob, Files.writeString(dir.resolve("a.txt"), "hello").toString());
        assertEquals(2, notZip.code());
        assertTrue(notZip.err().contains("a.txt"), notZip.err());

        Path backup = dir.resolve("backup.db");
        GoalCommandTest.Run b = GoalCommandTest.run("backup", "--database-url", db.url(), "--out", backup.toString());
        assertEquals(0, b.code(), b.err());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + backup);
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM diary_entries")) {
            assertTrue(rs.next());
            assertEquals(14, rs.getInt(1), "both accounts' entries are in the backup");
        }
        assertEquals(2, GoalCommandTest.run("backup", "--database-url", db.url(), "--out", backup.toString()).code(),
                "never overwrites");
        assertEquals(2, GoalCommandTest.run("backup", "--database-url", "jdbc:postgresql://localhost/x", "--out",
                dir.resolve("pg").toString()).code(), "PostgreSQL: explains pg_dump");
    }
}
