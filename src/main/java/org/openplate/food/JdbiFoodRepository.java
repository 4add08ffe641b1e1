package org.openplate.food;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.openplate.account.UserId;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/** {@link FoodRepository} over JDBI; the same SQL on SQLite and PostgreSQL. */
public final class JdbiFoodRepository implements FoodRepository {

    private static final String VISIBLE = "deleted = 0 AND (owner_id IS NULL OR owner_id = :viewer)";
    private static final TypeReference<LinkedHashMap<String, Double>> NUTRIENTS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> PORTIONS = new TypeReference<>() { };

    /** Rows per INSERT when loading foods (17 parameters each, well inside either database's limit). */
    static final int ROWS_PER_INSERT = 200;

    /**
     * Moves a row's version forward on every write, even within one millisecond (or under a fixed clock), so
     * that a decoded copy keyed by the version is never mistaken for the new row.
     */
    private static final String NEXT_VERSION = "CASE WHEN %1$s > foods.updated_at THEN %1$s ELSE foods.updated_at + 1 END";

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Clock clock;
    private final DecodedFoods decoded;

    public JdbiFoodRepository(Jdbi jdbi, ObjectMapper json, Clock clock) {
        this(jdbi, json, clock, DecodedFoods.DEFAULT_CAPACITY);
    }

    JdbiFoodRepository(Jdbi jdbi, ObjectMapper json, Clock clock, int decodedCapacity) {
        this.jdbi = jdbi;
        this.json = json;
        this.clock = clock;
        this.decoded = new DecodedFoods(decodedCapacity);
    }

    @Override
    public UpsertCounts upsertAll(List<FoodRecord> foods, Long ownerId) {
        if (foods.isEmpty()) {
            return new UpsertCounts(0, 0);
        }
        return jdbi.inTransaction(h -> {
            Set<String> existing = existingKeys(h, foods);
            // Many rows per statement: on Citus the catalogue is a reference table copied to every node, and each
            // statement is one round of replication, so row-at-a-time batches load a catalogue many times slower.
            long now = clock.millis();
            // One row per key (the last wins, as when each was written in turn): a statement may not change a row twice.
            Map<String, FoodRecord> unique = new LinkedHashMap<>();
            foods.forEach(f -> unique.put(f.source() + "\u0000" + f.sourceId(), f));
            List<FoodRecord> rows = new ArrayList<>(unique.values());
            for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
                List<FoodRecord> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
                StringBuilder sql = new StringBuilder("""
                        INSERT INTO foods (source, source_id, owner_id, name, brand, food_group, barcode, kcal, protein_g,
                            fat_g, carbs_g, nutrients, portions, protein_factor, fat_factor, carb_factor, flags, deleted,
                            updated_at)
                        VALUES\s""");
                for (int i = 0; i < chunk.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(String.format(java.util.Locale.ROOT,
                            "(:source%1$d, :sourceId%1$d, :owner, :name%1$d, :brand%1$d, :group%1$d, :barcode%1$d,"
                            + " :kcal%1$d, :protein%1$d, :fat%1$d, :carbs%1$d, :nutrients%1$d, :portions%1$d, :pf%1$d,"
                            + " :ff%1$d, :cf%1$d, NULL, 0, :updated)", i));
                }
                sql.append("""
                         ON CONFLICT (source, source_id) DO UPDATE SET name = excluded.name, brand = excluded.brand,
                            food_group = excluded.food_group, barcode = excluded.barcode, kcal = excluded.kcal,
                            protein_g = excluded.protein_g, fat_g = excluded.fat_g, carbs_g = excluded.carbs_g,
                            nutrients = excluded.nutrients, portions = excluded.portions,
                            protein_factor = excluded.protein_factor, fat_factor = excluded.fat_factor,
                            carb_factor = excluded.carb_factor, deleted = 0, updated_at =\s""" + NEXT_VERSION.formatted(
                        "excluded.updated_at") + "\n");
                org.jdbi.v3.core.statement.Update insert = h.createUpdate(sql.toString())
                        .bind("owner", ownerId).bind("updated", now);
                for (int i = 0; i < chunk.size(); i++) {
                    FoodRecord f = chunk.get(i);
                    Nutrients n = f.nutrients();
                    insert.bind("source" + i, f.source()).bind("sourceId" + i, f.sourceId())
                            .bind("name" + i, f.name()).bind("brand" + i, f.brand()).bind("group" + i, f.foodGroup())
                            .bind("barcode" + i, f.barcode())
                            .bind("kcal" + i, boxed(n, NutrientCatalog.ENERGY))
                            .bind("protein" + i, boxed(n, NutrientCatalog.PROTEIN))
                            .bind("fat" + i, boxed(n, NutrientCatalog.FAT)).bind("carbs" + i, boxed(n, NutrientCatalog.CARBS))
                            .bind("nutrients" + i, write(n.per100g())).bind("portions" + i, writePortions(f.portions()))
                            .bind("pf" + i, f.proteinFactor()).bind("ff" + i, f.fatFactor()).bind("cf" + i, f.carbFactor());
                }
                insert.execute();
            }
            int updated = 0;
            for (FoodRecord f : foods) {
                if (existing.contains(f.source() + "\u0000" + f.sourceId())) {
                    updated++;
                }
            }
            return new UpsertCounts(foods.size() - updated, updated);
        });
    }

    private static Set<String> existingKeys(Handle h, List<FoodRecord> foods) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        foods.forEach(f -> bySource.computeIfAbsent(f.source(), k -> new ArrayList<>()).add(f.sourceId()));
        Set<String> keys = new HashSet<>();
        bySource.forEach((source, ids) -> {
            for (int i = 0; i < ids.size(); i += 500) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                h.createQuery("SELECT source_id FROM foods WHERE source = :source AND source_id IN (<ids>)")
                        .bind("source", source).bindList("ids", chunk).mapTo(String.class)
                        .forEach(id -> keys.add(source + "\u0000" + id));
            }
        });
        return keys;
    }

    @Override
    public Optional<Food> find(long id, UserId viewer) {
        return jdbi.withHandle(h -> byIds(h, List.of(id), VISIBLE, viewer)).stream().findFirst();
    }

    @Override
    public Optional<Food> findBySource(String source, String sourceId, UserId viewer) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM foods WHERE source = :s AND source_id = :sid AND "
                        + VISIBLE)
                .bind("s", source).bind("sid", sourceId).bind("viewer", viewerId(viewer)).map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public List<Food> findAll(List<Long> ids, UserId viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Food> byId = new LinkedHashMap<>();
        jdbi.withHandle(h -> byIds(h, ids, VISIBLE, viewer)).forEach(f -> byId.put(f.id(), f));
        return inOrder(ids, byId);
    }

    @Override
    public List<Food> findLogged(java.util.Collection<Long> ids, UserId viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(h -> byIds(h, ids, "(owner_id IS NULL OR owner_id = :viewer)", viewer));
    }

    /**
     * The foods with these ids that pass {@code filter}. Only the small columns that say which version
     * each row is are read first; whole rows (nutrient and portion JSON, kilobytes each) are read only for
     * foods not already decoded at that version. A day summary's foods are nearly always decoded already.
     */
    private List<Food> byIds(Handle h, java.util.Collection<Long> ids, String filter, UserId viewer) {
        List<Food> out = new ArrayList<>(ids.size());
        List<Long> missing = new ArrayList<>();
        h.createQuery("SELECT id, owner_id, updated_at FROM foods WHERE id IN (<ids>) AND " + filter)
                .bindList("ids", new ArrayList<>(ids)).bind("viewer", viewerId(viewer))
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    Food known = decoded.get(id, rs.getLong(3), nullableLong(rs, 2));
                    if (known == null) {
                        missing.add(id);
                    }
                    return known;
                })
                .forEach(f -> {
                    if (f != null) {
                        out.add(f);
                    }
                });
        if (!missing.isEmpty()) {
            h.createQuery("SELECT * FROM foods WHERE id IN (<ids>) AND " + filter)
                    .bindList("ids", missing).bind("viewer", viewerId(viewer)).map((rs, ctx) -> map(rs))
                    .forEach(out::add);
        }
        return out;
    }

    @Override
    public Optional<Food> findByBarcode(String barcode, UserId viewer) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM foods WHERE barcode = :code AND " + VISIBLE
                        + " ORDER BY owner_id IS NULL, id LIMIT 1")
                .bind("code", barcode).bind("viewer", viewerId(viewer)).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public void scan(long sinceMillis, Consumer<IndexRow> consumer) {
        jdbi.useHandle(h -> h.createQuery("SELECT id, source, owner_id, name, brand, food_group, barcode, kcal, deleted,"
                        + " updated_at, source_id FROM foods WHERE updated_at >= :since ORDER BY id")
                .bind("since", sinceMillis).setFetchSize(2000)
                .map((rs, ctx) -> new IndexRow(rs.getLong(1), rs.getString(2), rs.getString(11), nullableLong(rs, 3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), nullableDouble(rs, 8), rs.getInt(9) != 0,
                        rs.getLong(10)))
                .forEach(consumer));
    }

    @Override
    public long countPublic() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM foods WHERE owner_id IS NULL AND deleted = 0")
                .mapTo(Long.class).one());
    }

    @Override
    public boolean deleteCustom(UserId owner, long id) {
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE foods SET deleted = 1, updated_at = " + NEXT_VERSION.formatted(":now")
                        + " WHERE id = :id AND owner_id = :owner AND deleted = 0")
                .bind("now", clock.millis()).bind("id", id).bind("owner", owner.value()).execute()) == 1;
    }

    @Override
    public Optional<String> bundleVersion(String source) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM catalog_bundles WHERE source = :s")
                .bind("s", source).mapTo(String.class).findOne());
    }

    @Override
    public void recordBundle(String source, String version, int count) {
        jdbi.useTransaction(h -> h.createUpdate("""
                        INSERT INTO catalog_bundles (source, version, food_count, loaded_at) VALUES (:s, :v, :c, :at)
                        ON CONFLICT (source) DO UPDATE SET version = excluded.version, food_count = excluded.food_count,
                            loaded_at = excluded.loaded_at
                        """)
                .bind("s", source).bind("v", version).bind("c", count).bind("at", clock.millis()).execute());
    }

    @Override
    public List<FoodSummary> summaries(List<Long> ids, UserId viewer) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // Only what a result shows: the energy and macro columns kept beside the nutrient JSON, never the JSON.
        Map<Long, FoodSummary> byId = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT id, source, source_id, owner_id, name, brand, food_group, barcode,"
                        + " kcal, protein_g, fat_g, carbs_g, portions, flags, updated_at FROM foods WHERE id IN (<ids>)"
                        + " AND " + VISIBLE)
                .bindList("ids", ids).bind("viewer", viewerId(viewer)).map((rs, ctx) -> summary(rs))
                .forEach(f -> byId.put(f.id(), f)));
        return inOrder(ids, byId);
    }

    private FoodSummary summary(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long owner = nullableLong(rs, "owner_id");
        Food known = decoded.get(id, rs.getLong("updated_at"), owner);
        if (known != null) {
            return FoodSummary.of(known);
        }
        Map<String, Double> macros = new LinkedHashMap<>();
        putIfPresent(macros, NutrientCatalog.ENERGY, nullableDouble(rs, "kcal"));
        putIfPresent(macros, NutrientCatalog.PROTEIN, nullableDouble(rs, "protein_g"));
        putIfPresent(macros, NutrientCatalog.FAT, nullableDouble(rs, "fat_g"));
        putIfPresent(macros, NutrientCatalog.CARBS, nullableDouble(rs, "carbs_g"));
        return FoodSummary.of(food(rs, id, owner, new Nutrients(macros), null));
    }

    private static void putIfPresent(Map<String, Double> m, String id, Double v) {
        if (v != null) {
            m.put(id, v);
        }
    }

    private Food map(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Long owner = nullableLong(rs, "owner_id");
        Food known = decoded.get(id, rs.getLong("updated_at"), owner);
        if (known != null) {
            return known;
        }
        Food food = food(rs, id, owner, new Nutrients(read(rs.getString("nutrients"))), new Double[] {
            nullableDouble(rs, "protein_factor"), nullableDouble(rs, "fat_factor"), nullableDouble(rs, "carb_factor")});
        decoded.put(food);
        return food;
    }

    /** A food from its row; {@code factors} (protein, fat, carbohydrate) null when the query did not read them. */
    private Food food(ResultSet rs, long id, Long owner, Nutrients nutrients, Double[] factors) throws SQLException {
        String flags = rs.getString("flags");
        return new Food(id, rs.getString("source"), rs.getString("source_id"),
                owner, rs.getString("name"), rs.getString("brand"), rs.getString("food_group"),
                rs.getString("barcode"), nutrients, readPortions(rs.getString("portions")),
                factors == null ? null : factors[0], factors == null ? null : factors[1], factors == null ? null : factors[2],
                flags == null || flags.isBlank() ? List.of() : List.of(flags.split("\n")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** The values found, in the order of {@code ids}; ids not found are left out. */
    private static <T> List<T> inOrder(List<Long> ids, Map<Long, T> byId) {
        List<T> ordered = new ArrayList<>();
        ids.forEach(id -> Optional.ofNullable(byId.get(id)).ifPresent(ordered::add));
        return ordered;
    }

    private static Long viewerId(UserId viewer) {
        return viewer == null ? -1L : viewer.value();
    }

    private static Double boxed(Nutrients n, String id) {
        var v = n.get(id);
        return v.isPresent() ? v.getAsDouble() : null;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String writePortions(List<Portion> portions) {
        List<Map<String, Object>> list = new ArrayList<>();
        portions.forEach(p -> list.add(Map.of("name", p.name(), "grams", p.grams())));
        return write(list);
    }

    private Map<String, Double> read(String text) {
        try {
            return json.readValue(text, NUTRIENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt nutrients JSON", e);
        }
    }

    private List<Portion> readPortions(String text) {
        try {
            List<Portion> out = new ArrayList<>();
            for (Map<String, Object> m : json.readValue(text, PORTIONS)) {
                out.add(new Portion((String) m.get("name"), ((Number) m.get("grams")).doubleValue()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt portions JSON", e);
        }
    }

    private static Long nullableLong(ResultSet rs, Object column) throws SQLException {
        long v = column instanceof Integer i ? rs.getLong(i) : rs.getLong((String) column);
        return rs.wasNull() ? null : v;
    }

    private static Double nullableDouble(ResultSet rs, Object column) throws SQLException {
        double v = column instanceof Integer i ? rs.getDouble(i) : rs.getDouble((String) column);
        return rs.wasNull() ? null : v;
    }
}
