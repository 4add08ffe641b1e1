package org.openplate.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.diary.Meal;

/**
 * Writes an export into an account, one row at a time, inside the caller's transaction. Every row is
 * checked by {@link RowRules} as the app's forms would check it, and refused (the whole restore rolls
 * back) when it is not a row the user could have made; the owner is always the signed-in user, and
 * references are remapped to the user's own rows or to catalogue foods only. Rows get new ids; each is
 * remembered in {@code import_keys} under the export's origin, so restoring the same (or a later) export
 * again adds only what is new; restoring into the account it came from adds nothing still there.
 * Meals are merged by name; per-day and per-user settings rows take the export's values (counted as updated
 * when they differ, as already here when they do not).
 * A restore never publishes anything: uploaded images ({@code article_images}) are not restored.
 */
final class Restorer {

    private final Handle h;
    private final UserId user;
    private final ArchiveReader.Header header;
    private final long now;
    private final org.openplate.food.importer.Progress progress;
    private final String source;
    private final boolean same;
    private final IdMap ids;
    private final Map<String, Map<String, Integer>> columns = new HashMap<>();
    private final Map<String, Integer> added = new TreeMap<>();
    private final Map<String, Integer> kept = new TreeMap<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final Map<String, Integer> updated = new TreeMap<>();
    private long done;

    Restorer(Handle h, UserId user, ArchiveReader.Header header, long now, org.openplate.food.importer.Progress progress) {
        this.h = h;
        this.user = user;
        this.header = header;
        this.now = now;
        this.progress = progress;
        this.source = "openplate:" + header.origin();
        Map<String, Object> me = h.createQuery("SELECT email, created_at FROM users WHERE id = :u").bind("u", user.value())
                .mapToMap().one();
        this.same = header.origin().equals(ArchiveWriter.origin(user.value(), (String) me.get("email"),
                ((Number) me.get("created_at")).longValue()));
        this.ids = new IdMap(h, user, source, same);
    }

    ImportCounts counts() {
        return new ImportCounts(added, kept, skipped, updated);
    }

    /** The columns a table may take from an export and this database has. */
    Set<String> columnsOf(String table) {
        Set<String> allowed = new java.util.HashSet<>(RowRules.COLUMNS.getOrDefault(table, Set.of()));
        UserTables.Table t = UserTables.byName(table);
        if (t.id() != null) {
            allowed.add(t.id());
        }
        allowed.retainAll(columns(table).keySet());
        return allowed;
    }

    void row(String table, int index, ObjectNode row) {
        progress.update(++done, header.total(), done);
        UserTables.Table t = UserTables.byName(table);
        if (table.equals("article_images")) {
            // published at /media/ the moment they exist: never created by a restore
            skipped.merge(table, 1, Integer::sum);
            return;
        }
        if (t.id() != null) {
            withId(t, row, index);
        } else {
            natural(t, row, index);
        }
    }

    private void withId(UserTables.Table t, ObjectNode row, int index) {
        JsonNode idNode = row.path(t.id());
        if (!idNode.canConvertToLong() || !idNode.isIntegralNumber() || idNode.asLong() < 0) {
            throw new BadInputException("file", "The export cannot be restored: " + t.name() + " row " + index
                    + " has no " + t.id() + ". Nothing was restored.");
        }
        long old = idNode.asLong();
        if (same && ids.owned(t, old)) {
            keep(t, old, old);
            return;
        }
        Optional<Long> prior = ids.prior(t, old);
        if (prior.isPresent()) {
            keep(t, old, prior.get());
            return;
        }
        Map<String, Object> values = values(t, row, index);
        if (t.name().equals("diary_meals")) {
            Optional<Long> merged = h.createQuery("SELECT id FROM diary_meals WHERE user_id = :u AND LOWER(name) = :n")
                    .bind("u", user.value()).bind("n", String.valueOf(values.get("name")).toLowerCase(Locale.ROOT))
                    .mapTo(Long.class).findFirst();
            if (merged.isPresent()) {
                keep(t, old, merged.get());
                remember(t, old, merged.get());
                return;
            }
            if (h.createQuery("SELECT COUNT(*) FROM diary_meals WHERE user_id = :u").bind("u", user.value())
                    .mapTo(Integer.class).one() >= Meal.MAX_MEALS) {
                throw new BadInputException("file", "The export cannot be restored: diary_meals row " + index
                        + ", the diary would have more than " + Meal.MAX_MEALS + " meals. Nothing was restored.");
            }
        }
        if (t.name().equals("diary_entries") && values.get("client_id") != null && h.createQuery("SELECT COUNT(*)"
                        + " FROM diary_entries WHERE user_id = :u AND client_id = :c").bind("u", user.value())
                .bind("c", String.valueOf(values.get("client_id"))).mapTo(Integer.class).one() > 0) {
            // another entry of this account already answers to the id: the restored one goes without
            values.put("client_id", null);
        }
        if (t.name().equals("foods") && h.createQuery("SELECT COUNT(*) FROM foods WHERE source = :s AND source_id = :i")
                .bind("s", String.valueOf(values.get("source"))).bind("i", String.valueOf(values.get("source_id")))
                .mapTo(Integer.class).one() > 0) {
            values.put("source_id", UUID.randomUUID().toString());
        }
        long local = insert(t.name(), values, true);
        ids.put(t, old, local);
        added.merge(t.name(), 1, Integer::sum);
        remember(t, old, local);
    }

    private void remember(UserTables.Table t, long old, long local) {
        h.createUpdate("INSERT INTO import_keys (user_id, source, external_id, kind, local_id, imported_at) VALUES"
                        + " (:u, :s, :e, :k, :l, :now) ON CONFLICT (user_id, source, external_id) DO UPDATE SET"
                        + " local_id = excluded.local_id").bind("u", user.value()).bind("s", source)
                .bind("e", t.name() + ":" + old).bind("k", t.name()).bind("l", local).bind("now", now).execute();
    }

    private void natural(UserTables.Table t, ObjectNode row, int index) {
        Map<String, Object> values = values(t, row, index);
        StringBuilder where = new StringBuilder(t.userColumn() + " = :k_user");
        for (String n : t.natural()) {
            where.append(" AND ").append(n).append(" = :k_").append(n);
        }
        String keySql = " FROM " + t.name() + " WHERE " + where;
        Optional<Map<String, Object>> present = bindKeys(h.createQuery("SELECT " + String.join(", ", values.keySet())
                + keySql), t, values).mapToMap().findFirst();
        if (present.isPresent() && (t.name().equals("back_checkins") || t.name().equals("import_keys")
                || RowValues.same(present.get(), values))) {
            // the same row is already here (a re-restore): nothing added, nothing rewritten
            kept.merge(t.name(), 1, Integer::sum);
            return;
        }
        if (present.isPresent()) {
            // per-user and per-day rows take the export's values: counted as updated, not as added
            bindKeys(h.createUpdate("DELETE" + keySql), t, values).execute();
            updated.merge(t.name(), 1, Integer::sum);
        } else {
            added.merge(t.name(), 1, Integer::sum);
        }
        insert(t.name(), values, false);
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindKeys(S s, UserTables.Table t,
                                                                                     Map<String, Object> values) {
        s.bind("k_user", values.get(t.userColumn()));
        for (String n : t.natural()) {
            s.bindByType("k_" + n, values.get(n), Object.class);
        }
        return s;
    }

    /** The row's allowed columns, references remapped, checked by {@link RowRules}, owned by the user. */
    private Map<String, Object> values(UserTables.Table t, ObjectNode row, int index) {
        Map<String, Integer> types = columns(t.name());
        Map<String, Object> values = new LinkedHashMap<>();
        row.fields().forEachRemaining(e -> {
            String c = e.getKey();
            if (c.equals(t.id()) || c.equals(t.userColumn()) || !types.containsKey(c)
                    || !RowRules.COLUMNS.get(t.name()).contains(c)) {
                return;
            }
            Object v = scalar(e.getValue(), types.get(c));
            String target = t.refs().get(c);
            if (target != null && v != null) {
                if (!(v instanceof Long old)) {
                    throw new BadInputException("file", "The export cannot be restored: " + t.name() + " row " + index
                            + ", " + c + " must be a row id. Nothing was restored.");
                }
                v = ref(target, old, t.name(), index);
            }
            values.put(c, v);
        });
        RowRules.check(t.name(), new RowCheck(t.name(), index, values, now));
        values.keySet().retainAll(types.keySet());
        if (t.userColumn() != null) {
            values.put(t.userColumn(), user.value());
        }
        return values;
    }

    private long ref(String table, long old, String from, int index) {
        UserTables.Table t = UserTables.byName(table);
        Long mapped = ids.get(t, old);
        if (mapped != null) {
            return mapped;
        }
        String[] f = header.catalogueFoods().get(old);
        if (table.equals("foods") && f != null) {
            long id = h.createQuery("SELECT id FROM foods WHERE source = :s AND source_id = :i AND owner_id IS NULL")
                    .bind("s", f[0]).bind("i", f[1]).mapTo(Long.class)
                    .findFirst().orElseThrow(() -> new BadInputException("file", "The export uses the catalogue food "
                            + f[0] + " " + f[1] + ", which this instance's catalogue does not have."));
            ids.put(t, old, id);
            return id;
        }
        throw new BadInputException("file", "The export cannot be restored: " + from + " row " + index + " refers to "
                + table + " " + old + ", which is not in the export. Nothing was restored.");
    }

    private static Object scalar(JsonNode v, int sqlType) {
        if (v == null || v.isNull()) {
            return null;
        }
        boolean floating = sqlType == Types.REAL || sqlType == Types.DOUBLE || sqlType == Types.FLOAT
                || sqlType == Types.NUMERIC || sqlType == Types.DECIMAL;
        if (v.isNumber()) {
            if (!Double.isFinite(v.doubleValue())) {
                return Double.NaN;    // refused by the range checks
            }
            return floating ? (Object) v.doubleValue() : (v.isIntegralNumber() && v.canConvertToLong()
                    ? (Object) v.longValue() : v.doubleValue());
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? 1L : 0L;
        }
        return v.asText();
    }

    private long insert(String table, Map<String, Object> values, boolean returnId) {
        Map<String, Integer> types = columns(table);
        StringBuilder cols = new StringBuilder();
        StringBuilder params = new StringBuilder();
        int i = 0;
        for (String c : values.keySet()) {
            cols.append(i == 0 ? "" : ", ").append(c);
            params.append(i == 0 ? "" : ", ").append(":p").append(i++);
        }
        String sql = "INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ")";
        if (!returnId) {
            bound(h.createUpdate(sql), values, types).execute();
            return 0;
        }
        // the new row's id comes back through RETURNING: the SQLite driver does not look for generated keys (Database)
        return bound(h.createQuery(sql + " RETURNING id"), values, types).mapTo(Long.class).one();
    }

    /** Binds the values in order as :p0, :p1, ...; a null with its column's SQL type. */
    private static <S extends SqlStatement<S>> S bound(S statement, Map<String, Object> values, Map<String, Integer> types) {
        int i = 0;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String p = "p" + i++;
            if (e.getValue() == null) {
                statement.bindNull(p, types.getOrDefault(e.getKey(), Types.VARCHAR));
            } else {
                statement.bindByType(p, e.getValue(), e.getValue().getClass());
            }
        }
        return statement;
    }

    private void keep(UserTables.Table t, long old, long local) {
        ids.put(t, old, local);
        kept.merge(t.name(), 1, Integer::sum);
    }

    /** Column name → JDBC type of a table in this database. */
    private Map<String, Integer> columns(String table) {
        return columns.computeIfAbsent(table, name -> {
            try (Statement st = h.getConnection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT * FROM " + name + " WHERE 1 = 0")) {
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Integer> out = new HashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    out.put(md.getColumnName(i).toLowerCase(Locale.ROOT), md.getColumnType(i));
                }
                return out;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the columns of " + name, e);
            }
        });
    }
}
