package org.openplate.diary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.openplate.account.UserId;
import org.openplate.storage.DataVersions;
import org.openplate.storage.PlainReads;

/** {@link DiaryRepository} over JDBI; every statement filters by the user id. */
public final class JdbiDiaryRepository implements DiaryRepository {

    private static final String LIVE = "user_id = :user AND deleted_at IS NULL";
    private final Jdbi jdbi;
    /** Adding an entry and raising the user's data version are one statement (see {@link #append}). */
    private final boolean appendInOneStatement;

    public JdbiDiaryRepository(Jdbi jdbi) {
        this(jdbi, false);
    }

    /**
     * @param appendInOneStatement add an entry and raise the user's data version in one statement, through
     *                             data-modifying CTEs: only where the database runs them on one node
     *                             ({@link org.openplate.storage.Database#writesThroughCtes()})
     */
    public JdbiDiaryRepository(Jdbi jdbi, boolean appendInOneStatement) {
        this.jdbi = jdbi;
        this.appendInOneStatement = appendInOneStatement;
    }

    // ---- meals

    @Override
    public List<Meal> meals(UserId user) {
        List<Meal> meals = listMeals(user);
        if (!meals.isEmpty()) {
            return meals;
        }
        return jdbi.inTransaction(h -> mealsWithDefaults(h, user));
    }

    /** The user's meals, creating the four defaults on first use, inside the caller's transaction. */
    static List<Meal> mealsWithDefaults(Handle h, UserId user) {
        // The settings row doubles as a "defaults created" marker: of two racing first requests
        // only the one whose insert lands creates the meals.
        int created = h.createUpdate("INSERT INTO diary_settings (user_id, exercise_credit, water_unit)"
                        + " VALUES (:user, :credit, :water) ON CONFLICT (user_id) DO NOTHING")
                .bind("user", user.value()).bind("credit", DiarySettings.DEFAULT.exerciseCredit().code())
                .bind("water", DiarySettings.DEFAULT.waterUnit().code()).execute();
        boolean none = h.createQuery("SELECT COUNT(*) FROM diary_meals WHERE user_id = :user")
                .bind("user", user.value()).mapTo(Integer.class).one() == 0;
        if (created > 0 || none) {
            for (int i = 0; i < Meal.DEFAULTS.size(); i++) {
                insertMeal(h, user, Meal.DEFAULTS.get(i), i);
            }
        }
        return listMeals(h, user);
    }

    private List<Meal> listMeals(UserId user) {
        return jdbi.withHandle(h -> listMeals(h, user));
    }

    static List<Meal> listMeals(Handle h, UserId user) {
        return h.createQuery("SELECT id, name, position FROM diary_meals WHERE user_id = :user ORDER BY position, id")
                .bind("user", user.value())
                .map((rs, ctx) -> new Meal(rs.getLong("id"), rs.getString("name"), rs.getInt("position"))).list();
    }

    static long insertMeal(Handle h, UserId user, String name, int position) {
        return h.createQuery("INSERT INTO diary_meals (user_id, name, position) VALUES (:user, :name, :position)"
                        + " RETURNING id")
                .bind("user", user.value()).bind("name", name).bind("position", position)
                .mapTo(Long.class).one();
    }

    @Override
    public Meal addMeal(UserId user, String name) {
        return jdbi.inTransaction(h -> {
            int position = h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM diary_meals WHERE user_id = :user")
                    .bind("user", user.value()).mapTo(Integer.class).one();
            return new Meal(insertMeal(h, user, name, position), name, position);
        });
    }

    @Override
    public boolean renameMeal(UserId user, long mealId, String name) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE diary_meals SET name = :name WHERE id = :id AND user_id = :user")
                .bind("name", name).bind("id", mealId).bind("user", user.value()).execute()) > 0;
    }

    @Override
    public void reorderMeals(UserId user, List<Long> mealIds) {
        jdbi.useTransaction(h -> {
            for (int i = 0; i < mealIds.size(); i++) {
                h.createUpdate("UPDATE diary_meals SET position = :p WHERE id = :id AND user_id = :user")
                        .bind("p", i).bind("id", mealIds.get(i)).bind("user", user.value()).execute();
            }
        });
    }

    @Override
    public boolean mealHasEntries(UserId user, long mealId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM diary_entries WHERE user_id = :user"
                        + " AND meal_id = :meal").bind("user", user.value()).bind("meal", mealId)
                .mapTo(Integer.class).one()) > 0;
    }

    @Override
    public boolean deleteMeal(UserId user, long mealId) {
        return jdbi.inTransaction(h -> {
            int used = h.createQuery("SELECT COUNT(*) FROM diary_entries WHERE user_id = :user AND meal_id = :meal")
                    .bind("user", user.value()).bind("meal", mealId).mapTo(Integer.class).one();
            if (used > 0) {
                return false;
            }
            return h.createUpdate("DELETE FROM diary_meals WHERE id = :id AND user_id = :user")
                    .bind("id", mealId).bind("user", user.value()).execute() > 0;
        });
    }

    // ---- entries

    /**
     * The columns {@link #entry(ResultSet)} reads, by position (1 to {@link #ENTRY_COLUMN_COUNT}); a query may
     * select more after them. By position rather than by name: the driver would otherwise build a map of the
     * row's column names for every result, and a built day summary reads one (issue 18, eighteenth round).
     */
    static final String ENTRY_COLUMNS = "e.id, e.day, e.meal_id, e.position, e.kind, e.food_id, e.recipe_id, e.amount,"
            + " e.unit, e.grams, e.quick_name, e.quick_kcal, e.quick_protein_g, e.quick_carbs_g, e.quick_fat_g,"
            + " e.created_at";
    static final int ENTRY_COLUMN_COUNT = 16;

    @Override
    public List<Entry> entries(UserId user, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM diary_entries e"
                        + " JOIN diary_meals m ON m.user_id = e.user_id AND m.id = e.meal_id"
                        + " WHERE e.user_id = :user AND e.deleted_at IS NULL AND e.day >= :from AND e.day <= :to"
                        + " ORDER BY e.day, m.position, e.position, e.id")
                .bind("user", user.value()).bind("from", from.toString()).bind("to", to.toString())
                .map((rs, ctx) -> entry(rs)).list());
    }

    /**
     * One day's live entries with their meal's position, the day's note and water ({@link #day}); parameters: user
     * and date, three times. Ordered as the day index stores them (meal id, position, id), so that SQLite reads them
     * in order instead of sorting them in a temporary b-tree, 5 us of a 75 us query; {@link #inDayOrder} then puts
     * them in the meals' order.
     */
    static final String DAY = "SELECT " + ENTRY_COLUMNS + ", m.position,"
            + " (SELECT note FROM diary_days WHERE user_id = ? AND day = ?) AS day_note,"
            + " (SELECT water_ml FROM diary_days WHERE user_id = ? AND day = ?) AS day_water_ml"
            + " FROM diary_entries e JOIN diary_meals m ON m.user_id = e.user_id AND m.id = e.meal_id"
            + " WHERE e.user_id = ? AND e.deleted_at IS NULL AND e.day = ?"
            + " ORDER BY e.meal_id, e.position, e.id";

    @Override
    public DayRows day(UserId user, LocalDate day) {
        // The note and water are constant subqueries (evaluated once per statement on both databases),
        // carried on each entry's row; a day without entries has no rows, so its notes are read on their own.
        // Every built day summary runs this: plain JDBC, without JDBI's per-statement machinery (PlainReads).
        String date = day.toString();
        DayRows read = jdbi.withHandle(h -> PlainReads.query(h, DAY, st -> {
            for (int i = 1; i <= 5; i += 2) {
                st.setLong(i, user.value());
                st.setString(i + 1, date);
            }
        }, rs -> {
            List<Entry> entries = new ArrayList<>(16);
            int[] mealPositions = new int[16];
            DayNotes notes = null;
            while (rs.next()) {
                if (notes == null) {
                    notes = new DayNotes(rs.getString(ENTRY_COLUMN_COUNT + 2), rs.getDouble(ENTRY_COLUMN_COUNT + 3));
                }
                if (entries.size() == mealPositions.length) {
                    mealPositions = Arrays.copyOf(mealPositions, mealPositions.length * 2);
                }
                mealPositions[entries.size()] = rs.getInt(ENTRY_COLUMN_COUNT + 1);
                entries.add(entry(rs, day));
            }
            return new DayRows(inDayOrder(entries, mealPositions), notes);
        }));
        return read.notes() != null ? read : new DayRows(read.entries(), dayNotes(user, day));
    }

    /**
     * A day's entries in the order the diary shows them: by their meal's position, then their own position, then
     * id. {@code mealPositions[i]} is the position of entry i's meal. The rows come in the day index's order (meal
     * id, position, id), which is already this order while the user's meals keep the order they were made in; the
     * entries are then returned as they are.
     */
    static List<Entry> inDayOrder(List<Entry> entries, int[] mealPositions) {
        int n = entries.size();
        int i = 1;
        while (i < n && dayOrder(entries, mealPositions, i - 1, i) <= 0) {
            i++;
        }
        if (i >= n) {
            return entries;
        }
        List<Integer> indexes = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            indexes.add(k);
        }
        indexes.sort((a, b) -> dayOrder(entries, mealPositions, a, b));
        List<Entry> sorted = new ArrayList<>(n);
        for (int k : indexes) {
            sorted.add(entries.get(k));
        }
        return sorted;
    }

    private static int dayOrder(List<Entry> entries, int[] mealPositions, int a, int b) {
        int c = Integer.compare(mealPositions[a], mealPositions[b]);
        if (c == 0) {
            c = Integer.compare(entries.get(a).position(), entries.get(b).position());
        }
        return c != 0 ? c : Long.compare(entries.get(a).id(), entries.get(b).id());
    }

    @Override
    public Optional<Entry> entry(UserId user, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ENTRY_COLUMNS
                        + " FROM diary_entries e WHERE e.id = :id AND e.user_id = :user")
                .bind("id", id).bind("user", user.value()).map((rs, ctx) -> entry(rs)).findOne());
    }

    @Override
    public boolean entryDeleted(UserId user, long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM diary_entries WHERE id = :id"
                        + " AND user_id = :user AND deleted_at IS NOT NULL")
                .bind("id", id).bind("user", user.value()).mapTo(Integer.class).one()) > 0;
    }


    /** An entry from the first {@link #ENTRY_COLUMN_COUNT} columns of a row, as {@link #ENTRY_COLUMNS} lists them. */
    private static Entry entry(ResultSet rs) throws SQLException {
        return entry(rs, LocalDate.parse(rs.getString(2)));
    }

    /** The same, for a row known to be of {@code day} (its date is not read again). */
    private static Entry entry(ResultSet rs, LocalDate day) throws SQLException {
        long id = rs.getLong(1);
        long meal = rs.getLong(3);
        int position = rs.getInt(4);
        long created = rs.getLong(16);
        return switch (EntryKind.fromCode(rs.getString(5))) {
            case QUICK -> new QuickEntry(id, day, meal, position, rs.getString(11), rs.getDouble(12),
                    nullable(rs, 13), nullable(rs, 14), nullable(rs, 15), created);
            case FOOD -> new FoodEntry(id, day, meal, position, rs.getLong(6), rs.getDouble(8), rs.getString(9),
                    rs.getDouble(10), created);
            case RECIPE -> new RecipeEntry(id, day, meal, position, rs.getLong(7), rs.getDouble(8), rs.getString(9),
                    rs.getDouble(10), created);
        };
    }

    private static Double nullable(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }


    @Override
    public List<Entry> insert(UserId user, List<Entry> entries, long now) {
        return jdbi.inTransaction(h -> {
            List<Entry> out = new ArrayList<>();
            for (Entry e : entries) {
                requireOwnMeal(h, user, e.mealId());
                long id = bindEntry(h.createQuery("INSERT INTO diary_entries (user_id, day, meal_id, position, kind,"
                                + " food_id, recipe_id, amount, unit, grams, quick_name, quick_kcal, quick_protein_g,"
                                + " quick_carbs_g, quick_fat_g, created_at) VALUES (:user, :day, :meal, :position, :kind,"
                                + " :food, :recipe, :amount, :unit, :grams, :qname, :qkcal, :qprotein, :qcarbs, :qfat,"
                                + " :created) RETURNING id"), user, e).bind("created", now)
                        .mapTo(Long.class).one();
                out.add(e.stored(id, now));
            }
            DataVersions.raise(h, user.value());
            return out;
        });
    }

    @Override
    public Optional<Entry> entryByClientId(UserId user, String clientId) {
        return jdbi.withHandle(h -> byClientId(h, user, clientId));
    }

    private static Optional<Entry> byClientId(Handle h, UserId user, String clientId) {
        return h.createQuery("SELECT " + ENTRY_COLUMNS + " FROM diary_entries e WHERE e.user_id = :user"
                        + " AND e.client_id = :client")
                .bind("user", user.value()).bind("client", clientId).map((rs, ctx) -> entry(rs)).findOne();
    }

    @Override
    public Optional<Inserted> append(UserId user, Entry e, Long mealId, String clientId, long now) {
        // One statement finds the meal (the one named, checked to be the user's, or the user's first), the
        // next free position in it on the day, and inserts there: inside the transaction, so two adds to the
        // same meal cannot take the same position. Every table is filtered by the user, and the row's user
        // is the meal's, so on Citus the statement stays on the user's shard. (Citus needs the subquery joined
        // on the distribution column as well as filtered by the user; as the ids come from a sequence, it runs
        // the SELECT on that shard and then the INSERT, both inside the transaction.)
        String sql = appendSql(mealId != null, clientId != null);
        if (appendInOneStatement) {
            // PostgreSQL: the insert and the raise of the user's version (only when a row went in) as one
            // statement in its own transaction, one round trip instead of three (the insert, the raise, the commit)
            return jdbi.withHandle(h -> appended(h, h.createQuery("WITH added AS (" + sql + "), "
                    + DataVersions.raisedAfter("added") + " SELECT id, meal_id, position FROM added"), user, e, clientId,
                    mealId, now));
        }
        return jdbi.inTransaction(h -> {
            Optional<Inserted> added = appended(h, h.createQuery(sql), user, e, clientId, mealId, now);
            if (added.filter(Inserted::created).isPresent()) {
                DataVersions.raise(h, user.value());
            }
            return added;
        });
    }

    /**
     * The append's statement: into the meal named ({@code toMeal}, bound as {@code :target}) or the user's first,
     * at the next free position there on the day; with a client id, nothing when the user already has it.
     */
    static String appendSql(boolean toMeal, boolean withClientId) {
        String meal = toMeal ? " WHERE m.user_id = :user AND m.id = :target"
                : " WHERE m.user_id = :user ORDER BY m.position, m.id LIMIT 1";
        return "INSERT INTO diary_entries (user_id, day, meal_id, position, kind, food_id, recipe_id, amount,"
                + " unit, grams, quick_name, quick_kcal, quick_protein_g, quick_carbs_g, quick_fat_g, created_at,"
                + " client_id) SELECT m.user_id, :day, m.id, (SELECT COALESCE(MAX(x.position), -1) + 1"
                + " FROM diary_entries x WHERE x.user_id = :user AND x.user_id = m.user_id AND x.day = :day"
                + " AND x.meal_id = m.id),"
                + " :kind, :food, :recipe, :amount, :unit, :grams, :qname, :qkcal, :qprotein, :qcarbs, :qfat,"
                + " :created, :client FROM diary_meals m" + meal
                + (withClientId ? " ON CONFLICT (user_id, client_id) DO NOTHING" : "")
                + " RETURNING id, meal_id, position";
    }

    /** Runs the append's statement; no row: see {@link #append}'s contract, or the twin logged first. */
    private static Optional<Inserted> appended(Handle h, org.jdbi.v3.core.statement.Query query, UserId user, Entry e,
                                               String clientId, Long mealId, long now) {
        Optional<Inserted> added = bindEntry(query, user, e).bind("created", now)
                .bind("client", clientId).bind("target", mealId)
                .map((rs, ctx) -> new Inserted(e.withPlace(e.day(), rs.getLong("meal_id"), rs.getInt("position"))
                        .stored(rs.getLong("id"), now), true))
                .findOne();
        if (added.isPresent() || clientId == null) {
            return added;
        }
        // no row: the meal is not the user's (or the user has no meals yet), or, with a client id, the
        // user's entry with that id was logged first (a retry, or a simultaneous twin)
        return byClientId(h, user, clientId).map(prior -> new Inserted(prior, false));
    }

    private static void requireOwnMeal(Handle h, UserId user, long mealId) {
        int n = h.createQuery("SELECT COUNT(*) FROM diary_meals WHERE id = :id AND user_id = :user")
                .bind("id", mealId).bind("user", user.value()).mapTo(Integer.class).one();
        if (n == 0) {
            throw new IllegalStateException("meal " + mealId + " is not the user's");
        }
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindEntry(S s, UserId user, Entry e) {
        FoodEntry f = e instanceof FoodEntry x ? x : null;
        RecipeEntry r = e instanceof RecipeEntry x ? x : null;
        PortionEntry p = e instanceof PortionEntry x ? x : null;
        QuickEntry q = e instanceof QuickEntry x ? x : null;
        return s.bind("user", user.value()).bind("day", e.day().toString()).bind("meal", e.mealId())
                .bind("position", e.position()).bind("kind", e.kind().code())
                .bind("food", f == null ? null : f.foodId()).bind("recipe", r == null ? null : r.recipeId())
                .bind("amount", p == null ? null : p.amount()).bind("unit", p == null ? null : p.unit())
                .bind("grams", p == null ? null : p.grams()).bind("qname", q == null ? null : q.name())
                .bind("qkcal", q == null ? null : q.kcal()).bind("qprotein", q == null ? null : q.proteinG())
                .bind("qcarbs", q == null ? null : q.carbsG()).bind("qfat", q == null ? null : q.fatG());
    }

    @Override
    public void update(UserId user, Entry e) {
        jdbi.useTransaction(h -> {
            requireOwnMeal(h, user, e.mealId());
            bindEntry(h.createUpdate("UPDATE diary_entries SET day = :day, meal_id = :meal, position = :position,"
                    + " kind = :kind, food_id = :food, recipe_id = :recipe, amount = :amount, unit = :unit,"
                    + " grams = :grams, quick_name = :qname, quick_kcal = :qkcal, quick_protein_g = :qprotein,"
                    + " quick_carbs_g = :qcarbs, quick_fat_g = :qfat WHERE id = :id AND user_id = :user"), user, e)
                    .bind("id", e.id()).execute();
        });
    }

    @Override
    public boolean markDeleted(UserId user, long id, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE diary_entries SET deleted_at = :now WHERE id = :id AND "
                + LIVE).bind("now", now).bind("id", id).bind("user", user.value()).execute()) > 0;
    }

    @Override
    public boolean restore(UserId user, long id) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE diary_entries SET deleted_at = NULL WHERE id = :id"
                + " AND user_id = :user AND deleted_at IS NOT NULL").bind("id", id).bind("user", user.value())
                .execute()) > 0;
    }

    @Override
    public int purgeDeleted(long cutoff) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM diary_entries WHERE deleted_at IS NOT NULL"
                + " AND deleted_at < :cutoff").bind("cutoff", cutoff).execute());
    }

    @Override
    public int nextPosition(UserId user, LocalDate day, long mealId) {
        return jdbi.withHandle(h -> nextPosition(h, user, day, mealId));
    }

    @Override
    public java.util.OptionalInt nextPositionInOwnMeal(UserId user, LocalDate day, long mealId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(MAX(e.position), -1) + 1 FROM diary_meals m"
                        + " LEFT JOIN diary_entries e ON e.user_id = m.user_id AND e.meal_id = m.id AND e.day = :day"
                        + " WHERE m.user_id = :user AND m.id = :meal GROUP BY m.id")
                .bind("user", user.value()).bind("day", day.toString()).bind("meal", mealId)
                .mapTo(Integer.class).findOne()
                .map(java.util.OptionalInt::of).orElse(java.util.OptionalInt.empty()));
    }

    @Override
    public Optional<Slot> firstMealSlot(UserId user, LocalDate day) {
        // both tables filtered by the user, so on Citus this stays a router query
        return jdbi.withHandle(h -> h.createQuery("SELECT m.id, (SELECT COALESCE(MAX(e.position), -1) + 1"
                        + " FROM diary_entries e WHERE e.user_id = :user AND e.day = :day AND e.meal_id = m.id)"
                        + " FROM diary_meals m WHERE m.user_id = :user ORDER BY m.position, m.id LIMIT 1")
                .bind("user", user.value()).bind("day", day.toString())
                .map((rs, ctx) -> new Slot(rs.getLong(1), rs.getInt(2))).findOne());
    }

    /** The next free position in a meal on a day, inside the caller's transaction. */
    static int nextPosition(Handle h, UserId user, LocalDate day, long mealId) {
        return h.createQuery("SELECT COALESCE(MAX(position), -1) + 1 FROM diary_entries"
                        + " WHERE user_id = :user AND day = :day AND meal_id = :meal")
                .bind("user", user.value()).bind("day", day.toString()).bind("meal", mealId)
                .mapTo(Integer.class).one();
    }

    @Override
    public List<Long> recentFoods(UserId user, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT food_id FROM diary_entries WHERE " + LIVE
                        + " AND food_id IS NOT NULL GROUP BY food_id ORDER BY MAX(created_at) DESC LIMIT :limit")
                .bind("user", user.value()).bind("limit", limit).mapTo(Long.class).list());
    }

    @Override
    public List<Long> frequentFoods(UserId user, LocalDate since, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT food_id FROM diary_entries WHERE " + LIVE
                        + " AND food_id IS NOT NULL AND day >= :since GROUP BY food_id"
                        + " ORDER BY COUNT(*) DESC, MAX(created_at) DESC LIMIT :limit")
                .bind("user", user.value()).bind("since", since.toString()).bind("limit", limit)
                .mapTo(Long.class).list());
    }

    @Override
    public List<HistoryRow> history(UserId user, List<String> words, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + ENTRY_COLUMNS + ", COALESCE(f.name, r.name, e.quick_name) AS shown"
                + " FROM diary_entries e LEFT JOIN foods f ON f.id = e.food_id"
                + " LEFT JOIN recipes r ON r.id = e.recipe_id AND r.user_id = e.user_id"
                + " WHERE e.user_id = :user AND e.deleted_at IS NULL");
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND LOWER(COALESCE(f.name, r.name, e.quick_name, '')) LIKE :w").append(i)
                    .append(" ESCAPE '!'");
        }
        sql.append(" ORDER BY e.day DESC, e.id DESC LIMIT :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("user", user.value()).bind("limit", limit);
            for (int i = 0; i < words.size(); i++) {
                q.bind("w" + i, "%" + words.get(i).toLowerCase(java.util.Locale.ROOT)
                        .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            }
            return q.map((rs, ctx) -> new HistoryRow(entry(rs), rs.getString("shown"))).list();
        });
    }

    // ---- day notes, water, settings

    @Override
    public DayNotes dayNotes(UserId user, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery("SELECT note, water_ml FROM diary_days WHERE user_id = :user"
                        + " AND day = :day").bind("user", user.value()).bind("day", day.toString())
                .map((rs, ctx) -> new DayNotes(rs.getString("note"), rs.getDouble("water_ml"))).findOne()
                .orElse(new DayNotes(null, 0)));
    }

    @Override
    public void saveNote(UserId user, LocalDate day, String note) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO diary_days (user_id, day, note) VALUES (:user, :day, :note)"
                        + " ON CONFLICT (user_id, day) DO UPDATE SET note = excluded.note")
                .bind("user", user.value()).bind("day", day.toString()).bind("note", note).execute());
    }

    @Override
    public void saveWater(UserId user, LocalDate day, double waterMl) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO diary_days (user_id, day, water_ml) VALUES (:user, :day, :w)"
                        + " ON CONFLICT (user_id, day) DO UPDATE SET water_ml = excluded.water_ml")
                .bind("user", user.value()).bind("day", day.toString()).bind("w", waterMl).execute());
    }

    @Override
    public DiarySettings settings(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT exercise_credit, water_unit FROM diary_settings"
                        + " WHERE user_id = :user").bind("user", user.value())
                .map((rs, ctx) -> new DiarySettings(
                        ExerciseCredit.fromCode(rs.getString("exercise_credit")).orElse(ExerciseCredit.ALL),
                        WaterUnit.fromCode(rs.getString("water_unit")).orElse(WaterUnit.CUPS)))
                .findOne().orElse(DiarySettings.DEFAULT));
    }

    @Override
    public void saveSettings(UserId user, DiarySettings s) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO diary_settings (user_id, exercise_credit, water_unit)"
                        + " VALUES (:user, :credit, :water) ON CONFLICT (user_id) DO UPDATE SET"
                        + " exercise_credit = excluded.exercise_credit, water_unit = excluded.water_unit")
                .bind("user", user.value()).bind("credit", s.exerciseCredit().code())
                .bind("water", s.waterUnit().code()).execute());
    }

    // ---- recipes

    @Override
    public List<Recipe> recipes(UserId user) {
        return jdbi.withHandle(h -> loadRecipes(h, user, true, List.of()));
    }

    @Override
    public Optional<Recipe> recipe(UserId user, long id) {
        return jdbi.withHandle(h -> loadRecipes(h, user, true, List.of(id))).stream().findFirst();
    }

    @Override
    public List<Recipe> recipesById(UserId user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Every built day with a recipe on it runs this: plain JDBC (PlainReads), one statement text per count
        // of ids, instead of JDBI's list binding, which made new statement text and machinery each time (3 % of
        // a built day's CPU, docs/benchmarks.md, sixteenth round). Deleted recipes too: a day may have logged one.
        return jdbi.withHandle(h -> loadRecipes(h, user, false, new ArrayList<>(ids)));
    }

    /** Recipes with their ingredients, one row per ingredient; the first parameter is the user. */
    private static final String RECIPES = "SELECT r.id, r.name, r.servings, r.notes, i.food_id, i.amount, i.unit,"
            + " i.grams FROM recipes r LEFT JOIN recipe_ingredients i ON i.user_id = r.user_id AND i.recipe_id = r.id"
            + " WHERE r.user_id = ?";
    private static final String RECIPES_ORDER = " ORDER BY LOWER(r.name), r.id, i.position";

    /** The user's recipes, live only or deleted ones too, all of them or those with the ids given. */
    private static List<Recipe> loadRecipes(Handle h, UserId user, boolean liveOnly, List<Long> ids) {
        String sql = RECIPES + (liveOnly ? " AND r.deleted = 0" : "")
                + (ids.isEmpty() ? "" : " AND r.id IN (" + "?, ".repeat(ids.size() - 1) + "?)") + RECIPES_ORDER;
        return PlainReads.query(h, sql, st -> {
            st.setLong(1, user.value());
            for (int i = 0; i < ids.size(); i++) {
                st.setLong(i + 2, ids.get(i));
            }
        }, rs -> {
            RecipeRows rows = new RecipeRows();
            while (rs.next()) {
                rows.add(rs);
            }
            return rows.recipes();
        });
    }

    /** Recipes gathered from the rows of {@link #RECIPES}, in the order they come. */
    private static final class RecipeRows {
        private final Map<Long, Object[]> heads = new LinkedHashMap<>();
        private final Map<Long, List<Recipe.Ingredient>> parts = new LinkedHashMap<>();

        void add(java.sql.ResultSet rs) throws SQLException {
            long id = rs.getLong(1);
            if (!heads.containsKey(id)) {
                heads.put(id, new Object[] {rs.getString(2), rs.getDouble(3), rs.getString(4)});
            }
            List<Recipe.Ingredient> list = parts.computeIfAbsent(id, k -> new ArrayList<>());
            long food = rs.getLong(5);
            if (!rs.wasNull()) {
                list.add(new Recipe.Ingredient(food, rs.getDouble(6), rs.getString(7), rs.getDouble(8)));
            }
        }

        List<Recipe> recipes() {
            List<Recipe> out = new ArrayList<>();
            heads.forEach((id, head) -> out.add(new Recipe(id, (String) head[0], (Double) head[1], (String) head[2],
                    parts.get(id))));
            return out;
        }
    }

    @Override
    public long saveRecipe(UserId user, Recipe recipe, long now) {
        return jdbi.inTransaction(h -> {
            long id = recipe.id();
            if (id == 0) {
                id = h.createQuery("INSERT INTO recipes (user_id, name, servings, notes, created_at, updated_at)"
                                + " VALUES (:user, :name, :servings, :notes, :now, :now) RETURNING id")
                        .bind("user", user.value()).bind("name", recipe.name()).bind("servings", recipe.servings())
                        .bind("notes", recipe.notes()).bind("now", now)
                        .mapTo(Long.class).one();
            } else {
                int n = h.createUpdate("UPDATE recipes SET name = :name, servings = :servings, notes = :notes,"
                                + " updated_at = :now WHERE id = :id AND user_id = :user AND deleted = 0")
                        .bind("name", recipe.name()).bind("servings", recipe.servings()).bind("notes", recipe.notes())
                        .bind("now", now).bind("id", id).bind("user", user.value()).execute();
                if (n == 0) {
                    throw new IllegalStateException("recipe " + id + " is not the user's");
                }
                h.createUpdate("DELETE FROM recipe_ingredients WHERE user_id = :user AND recipe_id = :id").bind("id", id)
                        .bind("user", user.value()).execute();
            }
            int position = 0;
            for (Recipe.Ingredient i : recipe.ingredients()) {
                h.createUpdate("INSERT INTO recipe_ingredients (user_id, recipe_id, position, food_id, amount, unit, grams)"
                                + " VALUES (:user, :recipe, :position, :food, :amount, :unit, :grams)")
                        .bind("user", user.value()).bind("recipe", id).bind("position", position++).bind("food", i.foodId())
                        .bind("amount", i.amount()).bind("unit", i.unit()).bind("grams", i.grams()).execute();
            }
            return id;
        });
    }

    @Override
    public boolean deleteRecipe(UserId user, long id, long now) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE recipes SET deleted = 1, updated_at = :now"
                        + " WHERE id = :id AND user_id = :user AND deleted = 0")
                .bind("now", now).bind("id", id).bind("user", user.value()).execute()) > 0;
    }
}
