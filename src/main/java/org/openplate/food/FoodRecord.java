package org.openplate.food;

import java.util.List;
import java.util.Objects;
import org.openplate.nutrition.Nutrients;
import org.openplate.nutrition.Portion;

/**
 * A food as an importer produces it, before storage. Keyed by {@code source} + {@code sourceId}
 * (re-importing updates rather than duplicates).
 *
 * @param source        e.g. "usda-sr24", "usda-sr", "fdc", "off", "csv"
 * @param sourceId      the id within the source (NDB number, FDC id, barcode…)
 * @param name          the source's name, e.g. "Bananas, raw"
 * @param brand         brand owner for branded foods, else null
 * @param foodGroup     the source's group or category, else null
 * @param barcode       normalised GTIN digits (UPC-A, EAN-13 or EAN-8), else null
 * @param nutrients     per 100 g; unmeasured nutrients absent
 * @param portions      household measures
 * @param proteinFactor kcal/g factors of the source (USDA pcf/fcf/ccf), null when unknown
 */
public record FoodRecord(String source, String sourceId, String name, String brand, String foodGroup, String barcode,
                         Nutrients nutrients, List<Portion> portions, Double proteinFactor, Double fatFactor,
                         Double carbFactor) {
    public FoodRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(name, "name");
        nutrients = nutrients == null ? Nutrients.NONE : nutrients;
        portions = portions == null ? List.of() : List.copyOf(portions);
    }
}
