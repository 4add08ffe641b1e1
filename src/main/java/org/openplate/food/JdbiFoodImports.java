package org.openplate.food;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/** The SQL behind {@link FoodImports}, on the caller's transaction. Own foods are keyed by their owner. */
final class JdbiFoodImports {

    /** An own food as stored: its id and its nutrients and portions as JSON. */
    record Stored(long id, String nutrients, String portions) {
    }

    private final Handle h;

    JdbiFoodImports(Transaction tx) {
        this.h = tx.handle();
    }

    /** The first catalogue (public, live) food with exactly this name, ignoring case. */
    Optional<Long> catalogueByName(String name) {
        return h.createQuery("SELECT id FROM foods WHERE owner_id IS NULL AND deleted = 0 AND LOWER(name) = :n"
                + " ORDER BY id").bind("n", name.toLowerCase(Locale.ROOT)).mapTo(Long.class).findFirst();
    }

    /** The owner's foods from a source (deleted ones too), by their source key (unique per source). */
    Map<String, Long> bySource(UserId owner, String source) {
        Map<String, Long> out = new HashMap<>();
        h.createQuery("SELECT source_id, id FROM foods WHERE source = :s AND owner_id = :u").bind("s", source)
                .bind("u", owner.value()).map((rs, ctx) -> Map.entry(rs.getString("source_id"), rs.getLong("id")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The owner's live foods from a source with this name, ignoring case, oldest first. */
    List<Stored> named(UserId owner, String source, String name) {
        return h.createQuery("SELECT id, nutrients, portions FROM foods WHERE owner_id = :u AND source = :s"
                        + " AND LOWER(name) = :n AND deleted = 0 ORDER BY id").bind("u", owner.value())
                .bind("s", source).bind("n", name.toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> new Stored(rs.getLong("id"), rs.getString("nutrients"), rs.getString("portions")))
                .list();
    }

    long insert(UserId owner, String source, String sourceId, String name, String brand, Double kcal, Double protein,
                Double fat, Double carbs, String nutrients, String portions, long now) {
        return h.createQuery("INSERT INTO foods (source, source_id, owner_id, name, brand, kcal, protein_g, fat_g,"
                        + " carbs_g, nutrients, portions, deleted, updated_at) VALUES (:s, :i, :u, :name, :brand, :kcal,"
                        + " :p, :f, :c, :n, :portions, 0, :now) RETURNING id").bind("s", source).bind("i", sourceId)
                .bind("u", owner.value()).bind("name", name).bind("brand", brand).bind("kcal", kcal).bind("p", protein)
                .bind("f", fat).bind("c", carbs).bind("n", nutrients).bind("portions", portions).bind("now", now)
                .mapTo(Long.class).one();
    }
}
