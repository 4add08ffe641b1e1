package org.openplate.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table in the migrations is either part of a user's export or left out for a stated reason,
 * so a table added later cannot silently be missing from exports.
 */
class UserTablesTest {

    private static final Map<String, String> NOT_EXPORTED = Map.ofEntries(
            Map.entry("users", "the account itself: the export carries its e-mail and creation time"),
            Map.entry("user_roles", "rights on this instance, granted by its administrator"),
            Map.entry("sessions", "secrets"),
            Map.entry("get_started", "display state of the diary's get-started card; a restored account is asked again"
                    + " only for steps it has not done"),
            Map.entry("login_failures", "security bookkeeping (dropped in V10)"),
            Map.entry("login_throttle", "security bookkeeping: sign-in attempt counters"),
            Map.entry("known_devices", "secrets: device cookies of browsers that signed in"),
            Map.entry("api_tokens", "secrets"),
            Map.entry("password_resets", "secrets: single-use password reset links, expiring in 30 minutes"),
            Map.entry("mail_outbox", "transient: e-mail waiting for the SMTP server, deleted once sent"),
            Map.entry("health_heartbeat", "server bookkeeping: the /health write check, no user data"),
            Map.entry("user_data_versions", "server bookkeeping: a counter of the user's changes, for caches"),
            Map.entry("api_rate", "rate-limit counters"),
            Map.entry("import_previews", "files waiting for confirmation, deleted after a day"),
            Map.entry("catalog_bundles", "the shared catalogue"),
            Map.entry("articles", "shared content written by editors"),
            Map.entry("article_versions", "shared content written by editors"),
            Map.entry("notification_due", "the scheduler's queue: when the user's notifications are next checked;"
                    + " a restored account is enrolled again"),
            Map.entry("notification_cursor", "server bookkeeping: where the scheduler's enrolment sweep is"),
            Map.entry("media_objects", "the bytes of uploaded images: the export carries the uploader's images as"
                    + " files beside the document (ArchiveWriter), and a restore never publishes images"));

    @Test
    void everyTableIsExportedOrExcludedOnPurpose() throws IOException {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile("CREATE TABLE (\\w+)");
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                Matcher m = create.matcher(Files.readString(f));
                while (m.find()) {
                    tables.add(m.group(1));
                }
            }
        }
        Set<String> covered = new TreeSet<>(NOT_EXPORTED.keySet());
        UserTables.ALL.forEach(t -> covered.add(t.name()));
        assertEquals(tables, covered, "add new tables to UserTables.ALL (and the restore) or to NOT_EXPORTED");
    }
}
