package org.openplate.food.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openplate.food.importer.Importers.Input;
import org.openplate.food.importer.Importers.Row;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;

/** FoodData Central's nutrient.csv read into where each of its nutrient ids lands in the catalogue. */
final class FdcNutrients {

    static final String NUTRIENT = "nutrient.csv";
    /** Energy by Atwater factors (Foundation foods), used only when a food has no nutrient 208. */
    static final String ATWATER_SPECIFIC = "958";
    static final String ATWATER_GENERAL = "957";

    /** Where a nutrient.csv id lands: a catalogue id (or an Atwater number) and the unit factor. */
    record Target(String id, double factor, boolean sum) {
    }

    private FdcNutrients() {
    }

    /**
     * nutrient.csv → targets: by nutrient_nbr through {@link NutrientCatalog#byUsdaNumber} (208 is
     * kcal; kJ 268 has no catalogue id), converting g/mg/µg to the catalogue unit. A mapped nutrient
     * whose unit cannot be converted is flagged and ignored.
     */
    static Map<String, Target> targets(Path file, ImportReport report) throws IOException {
        Map<String, Target> map = new HashMap<>();
        try (Input in = new Input(file, NUTRIENT, StandardCharsets.UTF_8)) {
            FdcTable t = new FdcTable(in.reader, NUTRIENT, "id");
            t.require("unit_name");
            t.require("nutrient_nbr");
            for (Row r = t.next(); r != null; r = t.next()) {
                if (r.error() != null) {
                    report.reject(NUTRIENT, r.line(), r.key(), r.error());
                    continue;
                }
                String nbr = t.cell(r, "nutrient_nbr", "").trim().replaceFirst("\\.0+$", "");
                String unit = t.cell(r, "unit_name", "").trim();
                if (nbr.equals(ATWATER_SPECIFIC) || nbr.equals(ATWATER_GENERAL)) {
                    if (unit.equalsIgnoreCase("kcal")) {
                        map.put(r.key(), new Target(nbr, 1, false));
                    }
                    continue;
                }
                Nutrient n = NutrientCatalog.byUsdaNumber(nbr).orElse(null);
                if (n == null) {
                    continue;
                }
                Double factor = factor(unit, n.unit());
                if (factor == null) {
                    report.flag(NUTRIENT, r.line(), r.key(), "unit " + unit + " of nutrient " + nbr + " cannot be "
                            + "converted to " + n.unit() + " (catalogue " + n.id() + "); ignored");
                } else {
                    map.put(r.key(), new Target(n.id(), factor, n.usdaNumbers().size() > 1));
                }
            }
        }
        return map;
    }

    /** The factor from an FDC unit_name to a catalogue unit, or null when they are not comparable. */
    static Double factor(String fdcUnit, String catalogueUnit) {
        Map<String, Double> mass = Map.of("g", 1.0, "mg", 1e-3, "µg", 1e-6);
        String from = fdcUnit.trim().toLowerCase(Locale.ROOT).replace("ug", "µg").replace("mcg", "µg");
        String to = catalogueUnit.toLowerCase(Locale.ROOT);
        if (mass.containsKey(from) && mass.containsKey(to)) {
            return mass.get(from) / mass.get(to);
        }
        return from.equals(to) ? 1.0 : null;
    }

}
