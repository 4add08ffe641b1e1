package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
     * Names already worked out, by the fields they depend on: a day view names each of its lines on
     * every request. Bounded: emptied when it passes {@link #REMEMBERED} names.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Key, String> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();
    static final int REMEMBERED = 20_000;

    private record Key(String name, String brand, String source, String sourceId) {
    }

    public static String of(Food food) {
        Key key = new Key(food.name(), food.brand(), food.source(), food.sourceId());
        String known = KNOWN.get(key);
        if (known != null) {
            return known;
        }
        String worked = work(food);
        if (KNOWN.size() >= REMEMBERED) {
            KNOWN.clear();
        }
        KNOWN.put(key, worked);
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
