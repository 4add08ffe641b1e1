package org.openplate.food.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;

/** ABBREV.txt: SR21 has 51 fields; SR22–SR28 have 53 (Vit_D_µg and Vit_D_IU after Vit_E). */
final class SrAbbrev {
    /** {column name, catalogue id or null when not stored}, in file order. */
    static final String[][] SR21 = {
        {"NDB_No", null}, {"Shrt_Desc", null}, {"Water", "water"}, {"Energ_Kcal", "energy"},
        {"Protein", "protein"}, {"Lipid_Tot", "fat"}, {"Ash", "ash"}, {"Carbohydrt", "carbs"},
        {"Fiber_TD", "fiber"}, {"Sugar_Tot", "sugars"}, {"Calcium", "calcium"}, {"Iron", "iron"},
        {"Magnesium", "magnesium"}, {"Phosphorus", "phosphorus"}, {"Potassium", "potassium"},
        {"Sodium", "sodium"}, {"Zinc", "zinc"}, {"Copper", "copper"}, {"Manganese", "manganese"},
        {"Selenium", "selenium"}, {"Vit_C", "vitamin_c"}, {"Thiamin", "thiamin"}, {"Riboflavin", "riboflavin"},
        {"Niacin", "niacin"}, {"Panto_Acid", "pantothenic_acid"}, {"Vit_B6", "vitamin_b6"},
        {"Folate_Tot", "folate"}, {"Folic_Acid", null}, {"Food_Folate", null}, {"Folate_DFE", null},
        {"Choline_Tot", "choline"}, {"Vit_B12", "vitamin_b12"}, {"Vit_A_IU", "vitamin_a_iu"},
        {"Vit_A_RAE", null}, {"Retinol", "retinol"}, {"Alpha_Carot", "alpha_carotene"},
        {"Beta_Carot", "beta_carotene"}, {"Beta_Crypt", "beta_cryptoxanthin"}, {"Lycopene", "lycopene"},
        {"Lut+Zea", "lutein_zeaxanthin"}, {"Vit_E", "vitamin_e"}, {"Vit_K", "vitamin_k"},
        {"FA_Sat", "saturated_fat"}, {"FA_Mono", "monounsaturated_fat"}, {"FA_Poly", "polyunsaturated_fat"},
        {"Cholestrl", "cholesterol"}, {"GmWt_1", null}, {"GmWt_Desc1", null}, {"GmWt_2", null},
        {"GmWt_Desc2", null}, {"Refuse_Pct", null}};
    static final String[][] SR22 = withVitaminD();

    private SrAbbrev() {
    }

    private static String[][] withVitaminD() {
        List<String[]> l = new ArrayList<>(Arrays.asList(SR21));
        int k = l.indexOf(Arrays.stream(SR21).filter(c -> c[0].equals("Vit_K")).findFirst().orElseThrow());
        l.add(k, new String[] {"Vit_D_IU", NutrientCatalog.VITAMIN_D});
        l.add(k, new String[] {"Vit_D_mcg", null});
        return l.toArray(new String[0][]);
    }

    /** Adds the row's measured values (blank = not measured); portions from GmWt_1/2 when given a list. */
    static void read(List<String> f, Map<String, Double> values, List<Portion> portions) {
        String[][] layout = f.size() == SR21.length ? SR21 : SR22;
        for (int i = 2; i < layout.length; i++) {
            Double v = layout[i][1] == null ? null : Importers.decimal(f.get(i), layout[i][0]);
            if (v != null) {
                values.put(layout[i][1], v);
            }
        }
        if (portions != null) {
            int base = layout.length - 5;
            Importers.portion(null, null, f.get(base + 1), f.get(base), "GmWt_1").ifPresent(portions::add);
            Importers.portion(null, null, f.get(base + 3), f.get(base + 2), "GmWt_2").ifPresent(portions::add);
        }
    }
}
