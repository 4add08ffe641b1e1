package org.openplate.food;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * A stored food. {@code ownerId} is null for the public catalogue and the user's id for a custom
 * food (visible to that user only).
 */
public record Food(long id, String source, String sourceId, Long ownerId, String name, String brand,
                   String foodGroup, String barcode, Nutrients nutrients, List<Portion> portions,
                   Double proteinFactor, Double fatFactor, Double carbFactor, List<String> flags, Instant updatedAt) {

    public Food {
        portions = List.copyOf(portions);
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public boolean custom() {
        return ownerId != null;
    }

    public OptionalDouble kcalPer100g() {
        return nutrients.get(NutrientCatalog.ENERGY);
    }

    /** The friendly everyday name (e.g. "Banana") while {@link #name} keeps the source's. */
    public String displayName() {
        return FriendlyNames.of(this);
    }

    /**
     * The portion people most often mean: a "medium" one when USDA lists it (a medium banana, apple,
     * egg…), else the first household measure that is not the NLEA serving; custom foods carry their
     * label serving first.
     */
    public Optional<Portion> commonPortion() {
        if (ownerId == null) {
            Optional<Portion> medium = portions.stream().filter(p -> p.name().toLowerCase().contains("medium"))
                    .findFirst();
            if (medium.isPresent()) {
                return medium;
            }
        }
        return portions.stream().filter(p -> !p.name().toLowerCase().contains("nlea")).findFirst()
                .or(() -> portions.stream().findFirst());
    }

    public Optional<Portion> portion(String name) {
        return portions.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
