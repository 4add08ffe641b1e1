package org.openplate.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;
import org.openplate.account.Tokens;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;

/**
 * Writes an export into an account, inside the caller's transaction. Rows get new ids and their
 * references follow; catalogue foods are found by source and source id. Each row is remembered in
 * {@code import_keys} under the export's origin, so restoring the same (or a later) export again
 * adds only what is new; restoring into the account it came from adds nothing that is still there.
 * Meals are merged by name; per-day and per-user settings rows take the export's values.
 */
final class Restorer {

    private final Path mediaDir;
    private final long now;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> kept = new TreeMap<>();

    private final org.openplate.food.importer.Progress progress;

    Restorer(Path mediaDir, long now, org.openplate.food.importer.Progress progress) {
        this.mediaDir = mediaDir;
        this.now = now;
        this.progress = progress;
    }

    ImportCounts restore(Handle h, UserId user, ArchiveReader.Archive archive) {
        JsonNode doc = archive.document();
        String origin = doc.path("account").path("origin").asText();
        String source = "openplate:" + origin;
        Map<String, Object> me = h.createQuery("SELECT email, created_at FROM users WHERE id = :u").bind("u", user.value())
                .mapToMap().one();
        boolean same = origin.equals(ArchiveWriter.origin(user.value(), (String) me.get("email"),
                ((Number) me.get("created_at")).longValue()));
        long total = 0;
        long done = 0;
        for (UserTables.Table t : UserTables.ALL) {
            total += doc.path("tables").path(t.name()).size();
        }
        for (UserTables.Table t : UserTables.ALL) {
            JsonNode rows = doc.path("tables").path(t.name());
            Map<String, Integer> columns = columns(h, t.name());
            int i = 0;
            for (JsonNode row : rows) {
                i++;
                progress.update(++done, total, done);
                if (t.id() != null) {
                    withId(h, user, t, row, columns, source, same, doc, archive, i);
                } else {
                    natural(h, user, t, row, columns, i);
                }
            }
        }
        return new ImportCounts(added, kept);
    }

    private void withId(Handle h, UserId user, UserTables.Table t, JsonNode row, Map<String, Integer> columns,
                        String source, boolean same, JsonNode doc, ArchiveReader.Archive archive, int index) {
        long old = row.path(t.id()).asLong(-1);
        if (old < 0) {
            throw new BadInputException("file", t.name() + " row " + index + " has no " + t.id() + ".");
        }
        Map<Long, Long> map = ids.computeIfAbsent(t.name(), k -> new HashMap<>());
        String ext = t.name() + ":" + old;
        if (same && exists(h, t, old, user)) {
            keep(t, map, old, old);
            return;
        }
        Optional<Long> prior = h.createQuery("SELECT local_id FROM import_keys WHERE user_id = :u AND source = :s"
                        + " AND external_id = :e").bind("u", user.value()).bind("s", source).bind("e", ext)
                .mapTo(Long.class).findOne();
        if (prior.isPresent() && prior.get() != null && exists(h, t, prior.get(), user)) {
            keep(t, map, old, prior.get());
            return;
        }
        Optional<Long> merged = switch (t.name()) {
            case "diary_meals" -> h.createQuery("SELECT id FROM diary_meals WHERE user_id = :u AND LOWER(name) = :n")
                    .bind("u", user.value()).bind("n", row.path("name").asText().toLowerCase(Locale.ROOT))
                    .mapTo(Long.class).findFirst();
            case "article_images" -> h.createQuery("SELECT id FROM article_images WHERE name = :n")
                    .bind("n", row.path("name").asText()).mapTo(Long.class).findFirst();
            default -> Optional.empty();
        };
        long local;
        if (merged.isPresent()) {
            local = merged.get();
            keep(t, map, old, local);
        } else {
            Map<String, Object> values = values(h, t, row, columns, doc);
            if (t.userColumn() != null) {
                values.put(t.userColumn(), user.value());
            }
            if (t.name().equals("foods")) {
                values.put("updated_at", now);   // so the search index picks the food up
                if (h.createQuery("SELECT COUNT(*) FROM foods WHERE source = :s AND source_id = :i")
                        .bind("s", String.valueOf(values.get("source"))).bind("i", String.valueOf(values.get("source_id")))
                        .mapTo(Integer.class).one() > 0) {
                    values.put("source_id", UUID.randomUUID().toString());
                }
            }
            if (t.name().equals("article_images")) {
                String name = row.path("name").asText();
                if (!ArchiveReader.IMAGE_NAME.matcher(name).matches()) {
                    throw new BadInputException("file", "article_images row " + index + ": \"" + name
                            + "\" is not an image name.");
                }
                // the type follows the name's extension, never the export's word for it
                values.put("content_type", switch (name.substring(name.lastIndexOf('.') + 1)) {
                    case "png" -> "image/png";
                    case "jpg" -> "image/jpeg";
                    default -> "image/gif";
                });
                writeImage(archive, name);
            }
            if (t.name().equals("notifications") && values.get("link") instanceof String link
                    && !org.openplate.common.LocalPaths.isLocal(link)) {
                values.put("link", null);   // only links inside the app survive a restore
            }
            local = insert(h, t.name(), values, columns, true);
            map.put(old, local);
            added.merge(t.name(), 1, Integer::sum);
        }
        h.createUpdate("INSERT INTO import_keys (user_id, source, external_id, kind, local_id, imported_at) VALUES"
                        + " (:u, :s, :e, :k, :l, :now) ON CONFLICT (user_id, source, external_id) DO UPDATE SET"
                        + " local_id = excluded.local_id").bind("u", user.value()).bind("s", source).bind("e", ext)
                .bind("k", t.name()).bind("l", local).bind("now", now).execute();
    }

    private void natural(Handle h, UserId user, UserTables.Table t, JsonNode row, Map<String, Integer> columns,
                         int index) {
        Map<String, Object> values = values(h, t, row, columns, null);
        values.put(t.userColumn(), user.value());
        StringBuilder where = new StringBuilder(t.userColumn() + " = :k_user");
        for (String n : t.natural()) {
            where.append(" AND ").append(n).append(" = :k_").append(n);
        }
        String keySql = " FROM " + t.name() + " WHERE " + where;
        boolean present = bindKeys(h.createQuery("SELECT COUNT(*)" + keySql), t, values).mapTo(Integer.class).one() > 0;
        if (t.name().equals("back_checkins") || t.name().equals("import_keys")) {
            if (present) {
                kept.merge(t.name(), 1, Integer::sum);
                return;
            }
            if (t.name().equals("import_keys")) {
                values.put("local_id", null);
            }
        } else if (present) {
            bindKeys(h.createUpdate("DELETE" + keySql), t, values).execute();
        }
        insert(h, t.name(), values, columns, false);
        added.merge(t.name(), 1, Integer::sum);
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindKeys(S s, UserTables.Table t,
                                                                                     Map<String, Object> values) {
        s.bind("k_user", values.get(t.userColumn()));
        for (String n : t.natural()) {
            s.bindByType("k_" + n, values.get(n), Object.class);
        }
        return s;
    }

    private Map<String, Object> values(Handle h, UserTables.Table t, JsonNode row, Map<String, Integer> columns,
                                       JsonNode doc) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.fields().forEachRemaining(e -> {
            String c = e.getKey().toLowerCase(Locale.ROOT);
            if (c.equals(t.id()) || !columns.containsKey(c) || c.equals(t.userColumn())) {
                return;
            }
            Object v = scalar(e.getValue(), columns.get(c));
            String target = t.refs().get(c);
            if (target != null && v != null) {
                v = ref(h, target, ((Number) v).longValue(), t.name(), doc);
            }
            values.put(c, v);
        });
        return values;
    }

    private Object ref(Handle h, String table, long old, String from, JsonNode doc) {
        Long mapped = ids.getOrDefault(table, Map.of()).get(old);
        if (mapped != null) {
            return mapped;
        }
        if (table.equals("foods") && doc != null && doc.path("catalogueFoods").has(String.valueOf(old))) {
            JsonNode f = doc.path("catalogueFoods").path(String.valueOf(old));
            return h.createQuery("SELECT id FROM foods WHERE source = :s AND source_id = :i AND owner_id IS NULL")
                    .bind("s", f.path("source").asText()).bind("i", f.path("sourceId").asText()).mapTo(Long.class)
                    .findFirst().orElseThrow(() -> new BadInputException("file", "The export uses the catalogue food "
                            + f.path("source").asText() + " " + f.path("sourceId").asText() + ", which this instance's"
                            + " catalogue does not have."));
        }
        throw new BadInputException("file", "A row of " + from + " refers to " + table + " " + old
                + ", which is not in the export.");
    }

    private static Object scalar(JsonNode v, int sqlType) {
        if (v == null || v.isNull()) {
            return null;
        }
        boolean floating = sqlType == Types.REAL || sqlType == Types.DOUBLE || sqlType == Types.FLOAT
                || sqlType == Types.NUMERIC || sqlType == Types.DECIMAL;
        if (v.isNumber()) {
            return floating ? (Object) v.doubleValue() : (v.isIntegralNumber() ? (Object) v.longValue() : v.doubleValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1L : 0L;
        }
        return v.asText();
    }

    private static long insert(Handle h, String table, Map<String, Object> values, Map<String, Integer> columns,
                               boolean returnId) {
        StringBuilder cols = new StringBuilder();
        StringBuilder params = new StringBuilder();
        int i = 0;
        for (String c : values.keySet()) {
            cols.append(i == 0 ? "" : ", ").append(c);
            params.append(i == 0 ? "" : ", ").append(":p").append(i++);
        }
        Update u = h.createUpdate("INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ")");
        i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String p = "p" + i++;
            if (e.getValue() == null) {
                u.bindNull(p, columns.getOrDefault(e.getKey(), Types.VARCHAR));
            } else {
                u.bindByType(p, e.getValue(), e.getValue().getClass());
            }
        }
        if (!returnId) {
            u.execute();
            return 0;
        }
        return u.executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static boolean exists(Handle h, UserTables.Table t, long id, UserId user) {
        String sql = t.userColumn() == null
                ? "SELECT COUNT(*) FROM recipe_ingredients x JOIN recipes r ON r.id = x.recipe_id WHERE x.id = :id"
                + " AND r.user_id = :u"
                : "SELECT COUNT(*) FROM " + t.name() + " WHERE " + t.id() + " = :id AND " + t.userColumn() + " = :u";
        return h.createQuery(sql).bind("id", id).bind("u", user.value()).mapTo(Integer.class).one() > 0;
    }

    private void keep(UserTables.Table t, Map<Long, Long> map, long old, long local) {
        map.put(old, local);
        kept.merge(t.name(), 1, Integer::sum);
    }

    /** Column name → JDBC type of a table in this database. */
    private static Map<String, Integer> columns(Handle h, String table) {
        try (Statement st = h.getConnection().createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            Map<String, Integer> out = new HashMap<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                out.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the columns of " + table, e);
        }
    }

    /** The file starts with the signature its extension promises. */
    static boolean looksLike(String name, byte[] b) {
        if (name.endsWith(".png")) {
            return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
        }
        if (name.endsWith(".jpg")) {
            return b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
        }
        return b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8';
    }

    private void writeImage(ArchiveReader.Archive archive, String name) {
        byte[] bytes = archive.files().get("images/" + name);
        if (bytes == null || !ArchiveReader.IMAGE_NAME.matcher(name).matches()
                || !Tokens.sha256Hex(bytes).startsWith(name.substring(0, 32)) || !looksLike(name, bytes)) {
            return;
        }
        try {
            Files.createDirectories(mediaDir);
            Path target = mediaDir.resolve(name);
            if (!Files.exists(target)) {
                Path tmp = Files.createTempFile(mediaDir, "restore", ".tmp");
                Files.write(tmp, bytes);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
