package org.openplate.exercise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.storage.PlainReads;

/** {@link ExerciseRepository} over JDBI; every statement filters by the user id. */
final class JdbiExerciseRepository implements ExerciseRepository {

    private static final String SELECT = "SELECT e.*, c.pain_before, c.pain_after, c.areas, c.hold_seconds, c.effort,"
            + " c.red_flags FROM exercise_entries e LEFT JOIN back_checkins c ON c.entry_id = e.id AND c.user_id = e.user_id";
    private final Jdbi jdbi;

    public JdbiExerciseRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ExerciseEntry insert(UserId user, ExerciseEntry e, long now) {
        return jdbi.inTransaction(h -> insert(h, user, e, now));
    }

    /** Inserts an entry and its check-in inside the caller's transaction; returns it with its id. */
    static ExerciseEntry insert(org.jdbi.v3.core.Handle h, UserId user, ExerciseEntry e, long now) {
        long id = h.createQuery("INSERT INTO exercise_entries (user_id, day, kind, activity_code, activity_edition,"
                        + " name, minutes, distance_km, sets, reps, load_kg, met, kcal_per_min, body_weight_kg,"
                        + " net_of_rest, kcal, kcal_override, created_at) VALUES (:user, :day, :kind, :code, :edition,"
                        + " :name, :minutes, :distance, :sets, :reps, :load, :met, :rate, :weight, :net, :kcal,"
                        + " :override, :now) RETURNING id")
                .bind("user", user.value()).bind("day", e.day().toString()).bind("kind", e.kind())
                .bind("code", e.activityCode()).bind("edition", e.activityEdition()).bind("name", e.name())
                .bind("minutes", e.minutes()).bind("distance", e.distanceKm()).bind("sets", e.sets())
                .bind("reps", e.reps()).bind("load", e.loadKg()).bind("met", e.met())
                .bind("rate", e.kcalPerMinute()).bind("weight", e.bodyWeightKg()).bind("net", e.netOfRest() ? 1 : 0)
                .bind("kcal", e.kcal()).bind("override", e.kcalOverride() ? 1 : 0).bind("now", now)
                .mapTo(Long.class).one();
        CheckIn c = e.checkIn();
        if (c != null) {
            h.createUpdate("INSERT INTO back_checkins (entry_id, user_id, day, pain_before, pain_after, areas,"
                            + " hold_seconds, effort, red_flags, created_at) VALUES (:id, :user, :day, :before, :after,"
                            + " :areas, :hold, :effort, :flags, :now)")
                    .bind("id", id).bind("user", user.value()).bind("day", e.day().toString())
                    .bind("before", c.painBefore()).bind("after", c.painAfter())
                    .bind("areas", c.areas().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .bind("hold", c.holdSeconds()).bind("effort", c.effort().name())
                    .bind("flags", c.redFlags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                    .bind("now", now).execute();
        }
        return e.withId(id);
    }

    @Override
    public List<ExerciseEntry> entries(UserId user, LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE e.user_id = :user AND e.day >= :from AND e.day <= :to"
                        + " ORDER BY e.day, e.id").bind("user", user.value()).bind("from", from.toString())
                .bind("to", to.toString()).map((rs, ctx) -> map(rs)).list());
    }

    /** Parameters: user and date. */
    private static final String KCAL_OF_DAY = "SELECT kcal FROM exercise_entries WHERE user_id = ? AND day = ? ORDER BY id";

    @Override
    public double[] kcalOfDay(UserId user, LocalDate day) {
        // Every day summary that is built runs this: plain JDBC, without JDBI's per-statement machinery
        // (PlainReads), and only the one column, not the entries with their check-ins (5 % of a built day's CPU).
        String date = day.toString();
        return jdbi.withHandle(h -> PlainReads.query(h, KCAL_OF_DAY, st -> {
            st.setLong(1, user.value());
            st.setString(2, date);
        }, rs -> {
            double[] kcal = new double[4];
            int n = 0;
            while (rs.next()) {
                if (n == kcal.length) {
                    kcal = Arrays.copyOf(kcal, n * 2);
                }
                kcal[n++] = rs.getDouble(1);
            }
            return Arrays.copyOf(kcal, n);
        }));
    }

    @Override
    public Optional<ExerciseEntry> entry(UserId user, long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE e.user_id = :user AND e.id = :id")
                .bind("user", user.value()).bind("id", id).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public boolean delete(UserId user, long id) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM back_checkins WHERE entry_id = :id AND user_id = :user")
                    .bind("id", id).bind("user", user.value()).execute();
            return h.createUpdate("DELETE FROM exercise_entries WHERE id = :id AND user_id = :user")
                    .bind("id", id).bind("user", user.value()).execute() > 0;
        });
    }

    @Override
    public List<Dated> checkIns(UserId user, int limit) {
        List<Dated> newestFirst = jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE e.user_id = :user"
                        + " AND c.entry_id IS NOT NULL ORDER BY e.day DESC, e.id DESC LIMIT :limit")
                .bind("user", user.value()).bind("limit", limit)
                .map((rs, ctx) -> new Dated(rs.getLong("id"), LocalDate.parse(rs.getString("day")), rs.getString("name"),
                        checkIn(rs))).list());
        List<Dated> out = new ArrayList<>(newestFirst);
        Collections.reverse(out);
        return out;
    }

    @Override
    public List<String> recentActivities(UserId user, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT activity_code FROM exercise_entries WHERE user_id = :user"
                        + " AND activity_code IS NOT NULL GROUP BY activity_code ORDER BY MAX(created_at) DESC LIMIT :limit")
                .bind("user", user.value()).bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public List<String> frequentActivities(UserId user, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT activity_code FROM exercise_entries WHERE user_id = :user"
                        + " AND activity_code IS NOT NULL GROUP BY activity_code"
                        + " ORDER BY COUNT(*) DESC, MAX(created_at) DESC LIMIT :limit")
                .bind("user", user.value()).bind("limit", limit).mapTo(String.class).list());
    }

    @Override
    public boolean netOfRest(UserId user) {
        return jdbi.withHandle(h -> h.createQuery("SELECT net_of_rest FROM exercise_settings WHERE user_id = :user")
                .bind("user", user.value()).mapTo(Integer.class).findOne().orElse(0)) == 1;
    }

    @Override
    public void saveNetOfRest(UserId user, boolean net) {
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO exercise_settings (user_id, net_of_rest) VALUES (:user, :net)"
                        + " ON CONFLICT (user_id) DO UPDATE SET net_of_rest = excluded.net_of_rest")
                .bind("user", user.value()).bind("net", net ? 1 : 0).execute());
    }

    private static ExerciseEntry map(ResultSet rs) throws SQLException {
        CheckIn c = rs.getObject("pain_before") == null ? null : checkIn(rs);
        return new ExerciseEntry(rs.getLong("id"), LocalDate.parse(rs.getString("day")), rs.getString("kind"),
                rs.getString("activity_code"), rs.getString("activity_edition"), rs.getString("name"),
                dbl(rs, "minutes"), dbl(rs, "distance_km"), integer(rs, "sets"), integer(rs, "reps"), dbl(rs, "load_kg"),
                dbl(rs, "met"), dbl(rs, "kcal_per_min"), dbl(rs, "body_weight_kg"), rs.getInt("net_of_rest") == 1,
                rs.getDouble("kcal"), rs.getInt("kcal_override") == 1, c);
    }

    private static CheckIn checkIn(ResultSet rs) throws SQLException {
        return new CheckIn(rs.getInt("pain_before"), rs.getInt("pain_after"),
                enums(rs.getString("areas"), CheckIn.Area.class), rs.getInt("hold_seconds"),
                CheckIn.Effort.valueOf(rs.getString("effort")), enums(rs.getString("red_flags"), CheckIn.RedFlag.class));
    }

    private static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
        EnumSet<E> out = EnumSet.noneOf(type);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.split(",")).forEach(s -> out.add(Enum.valueOf(type, s.trim())));
        }
        return out;
    }

    private static Double dbl(ResultSet rs, String c) throws SQLException {
        double v = rs.getDouble(c);
        return rs.wasNull() ? null : v;
    }

    private static Integer integer(ResultSet rs, String c) throws SQLException {
        int v = rs.getInt(c);
        return rs.wasNull() ? null : v;
    }
}
