package org.openplate.food;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.openplate.account.UserId;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.storage.Transaction;

/**
 * Foods found or created by an import, inside the caller's transaction, with the rules of a custom food
 * made by hand ({@link FoodService#createCustom}): the food is private to its owner, its name is at
 * most 200 characters, its brand 100 and its serving's name 60; the nutrients are stored per 100 g with
 * energy and the macros in their own columns; and once the transaction commits, the food search finds
 * it at once (when built by {@link FoodService#imports}). One instance serves one import.
 */
public final class FoodImports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Double>> NUTRIENTS = new TypeReference<>() { };
    private static final TypeReference<List<Map<String, Object>>> PORTIONS = new TypeReference<>() { };

    /** A food the import found or made, and whether it made it. */
    public record Own(long id, boolean created) {
    }

    private final JdbiFoodImports store;
    private final long now;
    private final Map<String, Optional<Long>> catalogue = new HashMap<>();
    private final Map<String, List<Candidate>> named = new HashMap<>();
    /** owner|source → the owner's foods from that source by their key (deleted ones too), read once per import. */
    private final Map<String, Map<String, Long>> keyed = new HashMap<>();

    private record Candidate(long id, Map<String, Double> per100g, String portions) {
    }

    private FoodImports(JdbiFoodImports store, long now) {
        this.store = store;
        this.now = now;
    }

    /**
     * Without a search index to refresh (the command line, which runs beside a server: servers pick the
     * new foods up on their next index sync). The web app builds it through {@link FoodService#imports}.
     */
    public static FoodImports in(Transaction tx, long now) {
        return new FoodImports(new JdbiFoodImports(tx), now);
    }

    static FoodImports in(Transaction tx, long now, Runnable afterCommit) {
        tx.afterCommit(afterCommit);
        return in(tx, now);
    }

    /** The catalogue food with exactly this name (ignoring case), if any. */
    public Optional<Long> catalogueFood(String name) {
        return catalogue.computeIfAbsent(name.toLowerCase(Locale.ROOT), store::catalogueByName);
    }

    /**
     * The owner's food from {@code source} with this name, portion and nutrients: an earlier one whose
     * nutrients {@code same} judges equal, else a new one.
     *
     * @param per100g NutrientCatalog ids → amounts per 100 g (unknown ones absent)
     * @param portion the food's one serving's name (with {@code portionGrams}), or null for none
     */
    public Own ownFood(UserId owner, String source, String name, String brand, Map<String, Double> per100g,
                       String portion, double portionGrams, BiPredicate<Map<String, Double>, Map<String, Double>> same) {
        String shownName = cut(name, 200);
        String shownBrand = cut(brand, 100);
        Map<String, Double> nutrients = new TreeMap<>(per100g);
        String nutrientsJson = write(nutrients);
        String portions = portionsJson(portion == null ? null : cut(portion, 60), portionGrams);
        String sourceId = sha256(owner.value() + "|" + shownName + "|" + nutrientsJson + "|" + portions)
                .substring(0, 32);
        Map<String, Long> mine = keyed.computeIfAbsent(owner.value() + "|" + source, k -> store.bySource(owner, source));
        Long exact = mine.get(sourceId);
        if (exact != null) {
            return new Own(exact, false);
        }
        List<Candidate> candidates = named.computeIfAbsent(owner.value() + "|" + source + "|"
                + shownName.toLowerCase(Locale.ROOT), k -> load(owner, source, shownName));
        for (Candidate c : candidates) {
            if (samePortions(c.portions(), portions) && same.test(c.per100g(), nutrients)) {
                return new Own(c.id(), false);
            }
        }
        long id = store.insert(owner, source, sourceId, shownName, shownBrand, nutrients.get(NutrientCatalog.ENERGY),
                nutrients.get(NutrientCatalog.PROTEIN), nutrients.get(NutrientCatalog.FAT),
                nutrients.get(NutrientCatalog.CARBS), nutrientsJson, portions, now);
        candidates.add(new Candidate(id, nutrients, portions));
        mine.put(sourceId, id);
        return new Own(id, true);
    }

    private List<Candidate> load(UserId owner, String source, String name) {
        List<Candidate> out = new ArrayList<>();
        for (JdbiFoodImports.Stored s : store.named(owner, source, name)) {
            out.add(new Candidate(s.id(), read(s.nutrients(), NUTRIENTS), s.portions()));
        }
        return out;
    }

    /** The same servings, whatever order the JSON keys were written in. */
    private static boolean samePortions(String a, String b) {
        return a.equals(b) || read(a, PORTIONS).stream().map(FoodImports::portionKey).toList()
                .equals(read(b, PORTIONS).stream().map(FoodImports::portionKey).toList());
    }

    private static String portionKey(Map<String, Object> p) {
        Object grams = p.get("grams");
        return p.get("name") + "|" + (grams instanceof Number n ? n.doubleValue() : grams);
    }

    private static String portionsJson(String name, double grams) {
        if (name == null) {
            return "[]";
        }
        Map<String, Object> p = new LinkedHashMap<>();   // a fixed key order: the JSON is part of the food's key
        p.put("name", name);
        p.put("grams", grams);
        return write(List.of(p));
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type) {
        try {
            return JSON.readValue(text == null ? "[]" : text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt food JSON", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
