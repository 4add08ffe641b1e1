package org.openplate.food;

import java.util.Locale;

/**
 * Everyday names for USDA's systematic ones: "Bananas, raw" reads as "Bananas (raw)", "Milk,
 * reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D" as "Milk (reduced fat, fluid,
 * 2% milkfat)". The USDA name is always shown beside it.
 */
final class FriendlyNames {

    private FriendlyNames() {
    }

    public static String of(Food food) {
        String name = food.name();
        if (food.brand() != null && !food.brand().isBlank() && !name.toLowerCase(Locale.ROOT)
                .contains(food.brand().toLowerCase(Locale.ROOT))) {
            return name + " (" + food.brand() + ")";
        }
        if (!food.source().startsWith("usda")) {
            return name;
        }
        String[] parts = name.split(",\\s*");
        if (parts.length == 1) {
            return name;
        }
        StringBuilder detail = new StringBuilder();
        for (int i = 1; i < parts.length && i <= 3; i++) {
            String p = parts[i].trim();
            if (p.startsWith("with added") || p.startsWith("includes") || p.equalsIgnoreCase("ns as to form")) {
                break;
            }
            detail.append(detail.length() == 0 ? "" : ", ").append(p);
        }
        return detail.length() == 0 ? parts[0] : parts[0] + " (" + detail + ")";
    }
}
