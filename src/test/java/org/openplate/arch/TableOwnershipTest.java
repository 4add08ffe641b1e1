package org.openplate.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Keeps the table-owner map and the agreed exceptions behind ArchitectureTest's table rule honest. */
class TableOwnershipTest {

    @Test
    void everyMigratedTableHasAnOwnerAndEveryOwnedTableExists() {
        assertEquals(TableOwnership.migratedTables(), new TreeSet<>(TableOwnership.OWNER.keySet()),
                "a new table in src/main/resources/db/migration needs an owner in TableOwnership.OWNER");
    }

    @Test
    void ownersAreFeaturesOrStorage() {
        for (String owner : TableOwnership.OWNER.values()) {
            assertTrue(Features.FEATURES.contains(owner) || owner.equals("storage"), owner);
        }
    }

    @Test
    void findsTablesAfterSqlKeywordsInLiteralsAndTextBlocks() {
        String source = """
                class X {
                    // select * from weigh_ins in a comment does not count
                    /* nor join profiles here */
                    String a = "select id from diary_entries where user_id = :u";
                    String b = \"""
                        insert into
                          goal_changes (user_id) values (:u)
                        \""";
                    String c = "update PROFILES set x = 1";
                    String d = "the foods page";
                }
                """;
        assertEquals(Set.of("diary_entries", "goal_changes", "profiles"), TableOwnership.tablesNamedIn(source));
    }

    @Test
    void aCommentMarkerInsideALiteralIsNotAComment() {
        assertEquals(Set.of("sessions"),
                TableOwnership.tablesNamedIn("String u = \"http://x\"; String s = \"delete from sessions\";"));
    }

    /** Each agreed exception must still need its exception, so the list cannot grow stale or serve as a hiding place. */
    @Test
    void everyExceptionStillNamesForeignTablesAndHasAReason() throws IOException {
        for (Map.Entry<String, String> e : TableOwnership.EXCEPTIONS.entrySet()) {
            Path file = TableOwnership.SOURCES.resolve(e.getKey().replace('.', '/') + ".java");
            String feature = e.getKey().split("\\.")[2];
            assertTrue(TableOwnership.tablesMentionedIn(Files.readString(file)).stream()
                            .anyMatch(table -> !TableOwnership.OWNER.get(table).equals(feature)),
                    e.getKey() + " is listed as an exception but names no other feature's table: remove it");
            assertTrue(e.getValue().length() > 30, "reason for " + e.getKey());
        }
    }
}
