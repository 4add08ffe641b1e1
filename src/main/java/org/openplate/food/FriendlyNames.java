package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Everyday names for USDA's systematic ones. The most-logged foods have curated names
 * ({@link CuratedNames}); the rest follow a rule: "Bananas, raw" reads as "Bananas (raw)", "Milk,
 * reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D" as "Milk (reduced fat, fluid,
 * 2% milkfat)", and a category word USDA puts first gives way to the food ("Cereals, oats, instant,
 * fortified" → "Oats (instant, fortified)"). The USDA name is always shown beside it. Where two
 * results would still read alike, {@link DistinctTitles} adds what tells them apart.
 */
final class FriendlyNames {

    /** Category words USDA puts before the food itself: "Cereals, oats" is oats. */
    private static final Set<String> CATEGORIES = Set.of("cereals", "nuts", "seeds", "spices", "fish", "crustaceans",
            "mollusks", "beverages", "snacks", "leavening agents");

    private FriendlyNames() {
    }

    /**
     * Names already worked out, by the source's name, each with the other fields it depends on: a day view names
     * each of its lines on every request. Keyed by the name alone because the foods a day names are the same
     * decoded instances again and again, so the name's hash is already known and the key matches by identity;
     * a key of all four fields cost 2.6 % of a built day summary's CPU (issue 18). Foods that share a name (the
     * same USDA food in two releases, custom foods) are chained under it. Bounded: emptied when it passes
     * {@link #REMEMBERED} names.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Known> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    static final int REMEMBERED = 20_000;
    /** At most this many foods are kept under one name; a further one starts the name's chain again. */
    static final int CHAINED = 8;

    /** A worked-out name for a food with this brand, source and source id; {@code next} has the same name. */
    private record Known(String brand, String source, String sourceId, String friendly, Known next) {

        String find(Food food) {
            for (Known k = this; k != null; k = k.next) {
                if (Objects.equals(k.brand, food.brand()) && Objects.equals(k.source, food.source())
                        && Objects.equals(k.sourceId, food.sourceId())) {
                    return k.friendly;
                }
            }
            return null;
        }

        int length() {
            int n = 0;
            for (Known k = this; k != null; k = k.next) {
                n++;
            }
            return n;
        }
    }

    public static String of(Food food) {
        Known known = KNOWN.get(food.name());
        String friendly = known == null ? null : known.find(food);
        if (friendly != null) {
            return friendly;
        }
        String worked = work(food);
        if (KNOWN.size() >= REMEMBERED) {
            KNOWN.clear();
        }
        KNOWN.compute(food.name(), (name, chain) -> chain != null && chain.find(food) != null ? chain
                : new Known(food.brand(), food.source(), food.sourceId(), worked,
                        chain != null && chain.length() < CHAINED ? chain : null));
        return worked;
    }

    private static String work(Food food) {
        String name = food.name();
        if (food.brand() != null && !food.brand().isBlank() && !name.toLowerCase(Locale.ROOT)
                .contains(food.brand().toLowerCase(Locale.ROOT))) {
            return name + " (" + food.brand() + ")";
        }
        if (!food.source().startsWith("usda")) {
            return name;
        }
        var curated = CuratedNames.of(food.source(), food.sourceId());
        if (curated.isPresent()) {
            return curated.get();
        }
        List<String> parts = new ArrayList<>(List.of(name.split(",\\s*")));
        if (parts.size() == 1) {
            return name;
        }
        String head = parts.remove(0).trim();
        if (CATEGORIES.contains(head.toLowerCase(Locale.ROOT)) && !parts.isEmpty()) {
            String food0 = parts.remove(0).trim();
            head = Character.toUpperCase(food0.charAt(0)) + food0.substring(1);
        }
        StringBuilder detail = new StringBuilder();
        for (int i = 0; i < parts.size() && i < 3; i++) {
            String p = parts.get(i).trim();
            if (!shown(p)) {
                break;
            }
            detail.append(detail.length() == 0 ? "" : ", ").append(p);
        }
        return detail.length() == 0 ? head : head + " (" + detail + ")";
    }

    /** Whether a segment belongs in the short title (fortification and notes are added only when needed). */
    static boolean shown(String segment) {
        String p = segment.toLowerCase(Locale.ROOT);
        return !(p.startsWith("with added") || p.startsWith("without added") || p.startsWith("includes")
                || p.equals("ns as to form") || p.startsWith("("));
    }

    /** A USDA segment as a title shows it: "with added vitamin A and vitamin D" reads "with added vitamins A and D". */
    static String tidy(String segment) {
        return segment.trim().replace("vitamin A and vitamin D", "vitamins A and D");
    }
}
