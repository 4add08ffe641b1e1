package org.openplate.nutrition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.nutrition.Nutrient.Category;

/**
 * Every nutrient OpenPlate knows, in display order, with units as published by USDA SR
 * (vitamins A and D in IU as in SR24). Ids are stable: they are stored and appear in the API.
 */
public final class NutrientCatalog {

    public static final String ENERGY = "energy";
    public static final String PROTEIN = "protein";
    public static final String FAT = "fat";
    public static final String CARBS = "carbs";
    public static final String FIBER = "fiber";
    public static final String SUGARS = "sugars";
    public static final String WATER = "water";
    public static final String ALCOHOL = "alcohol";
    public static final String SATURATED = "saturated_fat";
    public static final String TRANS = "trans_fat";
    public static final String CHOLESTEROL = "cholesterol";
    public static final String SODIUM = "sodium";
    public static final String CALCIUM = "calcium";
    public static final String IRON = "iron";
    public static final String POTASSIUM = "potassium";
    public static final String VITAMIN_D = "vitamin_d";

    private static final List<Nutrient> ALL;
    private static final Map<String, Nutrient> BY_ID = new LinkedHashMap<>();
    private static final Map<String, Nutrient> BY_USDA = new LinkedHashMap<>();
    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        List<Nutrient> l = new ArrayList<>();
        add(l, ENERGY, "Energy", "kcal", Category.GENERAL, "208");
        add(l, PROTEIN, "Protein", "g", Category.GENERAL, "203");
        add(l, CARBS, "Carbohydrate", "g", Category.GENERAL, "205");
        add(l, FIBER, "Fiber", "g", Category.GENERAL, "291");
        add(l, "starch", "Starch", "g", Category.GENERAL, "209");
        add(l, SUGARS, "Sugars", "g", Category.GENERAL, "269");
        add(l, FAT, "Fat", "g", Category.GENERAL, "204");
        add(l, ALCOHOL, "Alcohol", "g", Category.GENERAL, "221");
        add(l, "caffeine", "Caffeine", "mg", Category.GENERAL, "262");
        add(l, WATER, "Water", "g", Category.GENERAL, "255");
        add(l, "ash", "Ash", "g", Category.GENERAL, "207");
        add(l, CALCIUM, "Calcium", "mg", Category.MINERALS, "301");
        add(l, "chromium", "Chromium", "µg", Category.MINERALS);
        add(l, "copper", "Copper", "mg", Category.MINERALS, "312");
        add(l, "fluoride", "Fluoride", "µg", Category.MINERALS, "313");
        add(l, IRON, "Iron", "mg", Category.MINERALS, "303");
        add(l, "magnesium", "Magnesium", "mg", Category.MINERALS, "304");
        add(l, "manganese", "Manganese", "mg", Category.MINERALS, "315");
        add(l, "phosphorus", "Phosphorus", "mg", Category.MINERALS, "305");
        add(l, POTASSIUM, "Potassium", "mg", Category.MINERALS, "306");
        add(l, "selenium", "Selenium", "µg", Category.MINERALS, "317");
        add(l, SODIUM, "Sodium", "mg", Category.MINERALS, "307");
        add(l, "zinc", "Zinc", "mg", Category.MINERALS, "309");
        add(l, "vitamin_a_iu", "Vitamin A", "IU", Category.VITAMINS, "318");
        add(l, "retinol", "Retinol", "µg", Category.VITAMINS, "319");
        add(l, "alpha_carotene", "Alpha-carotene", "µg", Category.VITAMINS, "322");
        add(l, "beta_carotene", "Beta-carotene", "µg", Category.VITAMINS, "321");
        add(l, "beta_cryptoxanthin", "Beta-cryptoxanthin", "µg", Category.VITAMINS, "334");
        add(l, "lycopene", "Lycopene", "µg", Category.VITAMINS, "337");
        add(l, "lutein_zeaxanthin", "Lutein + zeaxanthin", "µg", Category.VITAMINS, "338");
        add(l, "folate", "Folate", "µg", Category.VITAMINS, "417");
        add(l, "thiamin", "Thiamin (B1)", "mg", Category.VITAMINS, "404");
        add(l, "riboflavin", "Riboflavin (B2)", "mg", Category.VITAMINS, "405");
        add(l, "niacin", "Niacin (B3)", "mg", Category.VITAMINS, "406");
        add(l, "pantothenic_acid", "Pantothenic acid (B5)", "mg", Category.VITAMINS, "410");
        add(l, "vitamin_b6", "Vitamin B6", "mg", Category.VITAMINS, "415");
        add(l, "vitamin_b12", "Vitamin B12", "µg", Category.VITAMINS, "418");
        add(l, "vitamin_c", "Vitamin C", "mg", Category.VITAMINS, "401");
        add(l, VITAMIN_D, "Vitamin D", "IU", Category.VITAMINS, "324");
        add(l, "vitamin_e", "Vitamin E", "mg", Category.VITAMINS, "323");
        add(l, "beta_tocopherol", "Beta tocopherol", "mg", Category.VITAMINS, "341");
        add(l, "delta_tocopherol", "Delta tocopherol", "mg", Category.VITAMINS, "343");
        add(l, "gamma_tocopherol", "Gamma tocopherol", "mg", Category.VITAMINS, "342");
        add(l, "vitamin_k", "Vitamin K", "µg", Category.VITAMINS, "430");
        add(l, "biotin", "Biotin", "µg", Category.VITAMINS);
        add(l, "choline", "Choline", "mg", Category.VITAMINS, "421");
        add(l, SATURATED, "Saturated fat", "g", Category.LIPIDS, "606");
        add(l, "monounsaturated_fat", "Monounsaturated fat", "g", Category.LIPIDS, "645");
        add(l, "polyunsaturated_fat", "Polyunsaturated fat", "g", Category.LIPIDS, "646");
        add(l, "omega_3", "Omega-3", "g", Category.LIPIDS, "621", "629");
        add(l, "omega_6", "Omega-6", "g", Category.LIPIDS, "672", "675");
        add(l, TRANS, "Trans fat", "g", Category.LIPIDS, "605");
        add(l, CHOLESTEROL, "Cholesterol", "mg", Category.LIPIDS, "601");
        add(l, "phytosterols", "Phytosterols", "mg", Category.LIPIDS, "636");
        add(l, "alanine", "Alanine", "g", Category.AMINO_ACIDS, "513");
        add(l, "arginine", "Arginine", "g", Category.AMINO_ACIDS, "511");
        add(l, "aspartic_acid", "Aspartic acid", "g", Category.AMINO_ACIDS, "514");
        add(l, "cystine", "Cystine", "g", Category.AMINO_ACIDS, "507");
        add(l, "glutamic_acid", "Glutamic acid", "g", Category.AMINO_ACIDS, "515");
        add(l, "glycine", "Glycine", "g", Category.AMINO_ACIDS, "516");
        add(l, "histidine", "Histidine", "g", Category.AMINO_ACIDS, "512");
        add(l, "hydroxyproline", "Hydroxyproline", "g", Category.AMINO_ACIDS, "521");
        add(l, "isoleucine", "Isoleucine", "g", Category.AMINO_ACIDS, "503");
        add(l, "leucine", "Leucine", "g", Category.AMINO_ACIDS, "504");
        add(l, "lysine", "Lysine", "g", Category.AMINO_ACIDS, "505");
        add(l, "methionine", "Methionine", "g", Category.AMINO_ACIDS, "506");
        add(l, "phenylalanine", "Phenylalanine", "g", Category.AMINO_ACIDS, "508");
        add(l, "proline", "Proline", "g", Category.AMINO_ACIDS, "517");
        add(l, "serine", "Serine", "g", Category.AMINO_ACIDS, "518");
        add(l, "threonine", "Threonine", "g", Category.AMINO_ACIDS, "502");
        add(l, "tryptophan", "Tryptophan", "g", Category.AMINO_ACIDS, "501");
        add(l, "tyrosine", "Tyrosine", "g", Category.AMINO_ACIDS, "509");
        add(l, "valine", "Valine", "g", Category.AMINO_ACIDS, "510");
        ALL = Collections.unmodifiableList(l);
    }

    private NutrientCatalog() {
    }

    private static void add(List<Nutrient> list, String id, String name, String unit, Category c, String... usda) {
        Nutrient n = new Nutrient(id, name, unit, List.of(usda), c);
        INDEX.put(id, list.size());
        list.add(n);
        BY_ID.put(id, n);
        for (String u : usda) {
            BY_USDA.put(u, n);
        }
    }

    public static List<Nutrient> all() {
        return ALL;
    }

    /** The nutrient's position in {@link #all()} (the index of {@link NutrientAmounts}), or -1 when unknown. */
    public static int indexOf(String id) {
        Integer i = INDEX.get(id);
        return i == null ? -1 : i;
    }

    public static Optional<Nutrient> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** By USDA Nutr_No (e.g. "208" is energy in kcal). Omega-3/6 parts map to their sum. */
    public static Optional<Nutrient> byUsdaNumber(String number) {
        return Optional.ofNullable(BY_USDA.get(number));
    }
}
