package org.openplate.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which feature owns which table, and a scan of a class's SQL string literals for tables it does not own.
 *
 * <p>ArchUnit sees types, not strings, so "no feature reads another feature's tables" is checked on the
 * source: every string literal (text blocks included) of a class is searched for a table name after an
 * SQL keyword ({@code from}, {@code join}, {@code into}, {@code update}, {@code table}, {@code exists}).
 * Known blind spot: SQL assembled from a variable table name ({@code "select * from " + table}) is not
 * seen; a bare literal that is only a table name is not counted either, because such words double as
 * route segments, CLI names and JSON keys ("foods").
 */
final class TableOwnership {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java");

    /** Table to owning package. The owner is the feature whose repository creates and keeps the rows. */
    static final Map<String, String> OWNER = Map.ofEntries(
            Map.entry("users", "account"), Map.entry("user_roles", "account"), Map.entry("sessions", "account"),
            Map.entry("api_tokens", "account"), Map.entry("api_rate", "account"),
            Map.entry("known_devices", "account"), Map.entry("login_failures", "account"),
            Map.entry("login_throttle", "account"), Map.entry("password_resets", "account"),
            Map.entry("mail_outbox", "account"),
            Map.entry("profiles", "profile"),
            Map.entry("foods", "food"), Map.entry("catalog_bundles", "food"),
            Map.entry("diary_days", "diary"), Map.entry("diary_entries", "diary"), Map.entry("diary_meals", "diary"),
            Map.entry("diary_settings", "diary"), Map.entry("recipes", "diary"),
            Map.entry("recipe_ingredients", "diary"),
            Map.entry("exercise_entries", "exercise"), Map.entry("exercise_settings", "exercise"),
            Map.entry("back_checkins", "exercise"),
            Map.entry("weigh_ins", "weight"), Map.entry("goal_changes", "profile"),
            Map.entry("notifications", "notification"), Map.entry("notification_prefs", "notification"),
            Map.entry("notification_settings", "notification"), Map.entry("notification_due", "notification"),
            Map.entry("notification_cursor", "notification"),
            Map.entry("articles", "article"), Map.entry("article_versions", "article"),
            Map.entry("article_images", "article"), Map.entry("media_objects", "article"),
            Map.entry("import_keys", "transfer"), Map.entry("import_previews", "transfer"),
            Map.entry("health_heartbeat", "storage"), Map.entry("user_data_versions", "storage"),
            Map.entry("get_started", "start"));

    /**
     * Agreed exceptions: classes that may name any feature's table, each with its reason.
     * TableOwnershipTest checks that each still needs its exception (so the list cannot rot).
     */
    static final Map<String, String> EXCEPTIONS = Map.of(
            "org.openplate.transfer.UserTables",
            "the lossless export/restore lists every user table on purpose: a backup must carry all rows "
                    + "of a user, whichever feature owns them (issue 14, item 5: a reasoned, tested exception)",
            "org.openplate.transfer.ArchiveWriter",
            "writes the lossless export: reads every user table (and the foods and recipes they point at)",
            "org.openplate.transfer.Restorer",
            "the lossless restore: re-inserts every user table's rows inside one transaction",
            "org.openplate.storage.UserKeysMigration",
            "schema version 19 (issue 17) rewrites the keys of every user table so that they lead with user_id; a"
                    + " migration is the schema's, not a feature's",
            "org.openplate.storage.CitusLayout",
            "lays out every table on Citus (issue 17): which tables are distributed, by what, and which are"
                    + " reference tables is one decision over the whole schema (docs/scaling.md)",
            "org.openplate.transfer.RowRules",
            "per-table checks of restored rows for the lossless restore (same reason as UserTables)");

    private static final Pattern CREATE = Pattern.compile(
            "create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    /** Text blocks first, then ordinary literals with escapes. */
    private static final Pattern LITERAL = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern SQL_TABLE = Pattern.compile(
            "\\b(?:from|join|into|update|table|exists)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    private TableOwnership() {
    }

    /** Every table the Flyway migrations create. */
    static Set<String> migratedTables() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                Matcher m = CREATE.matcher(Files.readString(f));
                while (m.find()) {
                    tables.add(m.group(1).toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** The owned tables that the string literals of this Java source name after an SQL keyword. */
    static Set<String> tablesNamedIn(String javaSource) {
        Set<String> found = new TreeSet<>();
        Matcher lit = LITERAL.matcher(stripComments(javaSource));
        while (lit.find()) {
            String text = lit.group(1) != null ? lit.group(1) : lit.group(2);
            Matcher sql = SQL_TABLE.matcher(text);
            while (sql.find()) {
                String table = sql.group(1).toLowerCase(Locale.ROOT);
                if (OWNER.containsKey(table)) {
                    found.add(table);
                }
            }
        }
        return found;
    }

    /**
     * Wider than {@link #tablesNamedIn}: also a literal that is exactly a table name, as table lists hold.
     * Used only to check that each agreed exception still needs to be one.
     */
    static Set<String> tablesMentionedIn(String javaSource) {
        Set<String> found = new TreeSet<>(tablesNamedIn(javaSource));
        Matcher lit = LITERAL.matcher(stripComments(javaSource));
        while (lit.find()) {
            String text = lit.group(1) != null ? lit.group(1) : lit.group(2);
            String bare = text.strip().toLowerCase(Locale.ROOT);
            if (OWNER.containsKey(bare)) {
                found.add(bare);
            }
        }
        return found;
    }

    /** Removes comments outside string literals, so a table named in a comment does not count. */
    static String stripComments(String source) {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile(LITERAL.pattern() + "|" + COMMENT.pattern(), Pattern.DOTALL).matcher(source);
        int last = 0;
        while (m.find()) {
            out.append(source, last, m.start());
            if (m.group().startsWith("\"")) {
                out.append(m.group());
            }
            last = m.end();
        }
        return out.append(source.substring(last)).toString();
    }

    static String sourceOf(JavaClass c) {
        Path file = SOURCES.resolve(c.getPackageName().replace('.', '/'))
                .resolve(c.getSimpleName() + ".java");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no source for " + c.getName() + " at " + file, e);
        }
    }

    /** Condition for top-level classes: their literals name only tables of their own feature. */
    static ArchCondition<JavaClass> nameOnlyOwnTables() {
        return new ArchCondition<>("name in SQL only the tables their own feature owns") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (EXCEPTIONS.containsKey(c.getName())) {
                    return;
                }
                String own = Features.featureOf(c);
                for (String table : tablesNamedIn(sourceOf(c))) {
                    String owner = OWNER.get(table);
                    if (!owner.equals(own)) {
                        events.add(SimpleConditionEvent.violated(c, c.getName() + " names table " + table
                                + " owned by " + owner));
                    }
                }
            }
        };
    }
}
