package org.openplate.food.usda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openplate.App;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Portion;

class PortionLabelsTest {

    @Test
    void wordsUsdaCutShortAreCompleted() {
        assertEquals("breast, bone and skin removed", PortionLabels.complete("breast bone and skin r"));
        assertEquals("leg, bone and skin removed (Sum of drumstick+thigh+back meat only)",
                PortionLabels.complete("leg bone and skin r (Sum of drumstick+thigh+back meat only)"));
        assertEquals("cup chopped or diced", PortionLabels.complete("cup chopped or dice"));
        assertEquals("whole cut, weighed raw", PortionLabels.complete("raw pr g"));
        assertEquals("whole cut, weighed cooked", PortionLabels.complete("ckd pr g"));
        assertEquals("unit (yield from 1 lb ready-to-cook quail)",
                PortionLabels.complete("unit (yield from 1 lb ready-to cook quail)"));
        assertEquals("serving (3 oz)", PortionLabels.complete("serving ( 3 oz )"));
        assertEquals("cup", PortionLabels.complete("cup From 19211"), "USDA's note of where the measure came from");
    }

    @Test
    void labelsWrittenInFullPassUnchanged() {
        for (String s : List.of("roast (yield from 1675 g raw meat)", "cup, sliced", "breast, bone and skin removed",
                "medium (7\" to 7-7/8\" long)",
                "oz", "tbsp", "slice (1 oz)", "unit (yield from 1 lb ready-to-cook chicken)", "NLEA serving")) {
            assertEquals(s, PortionLabels.complete(s));
            assertFalse(PortionLabels.looksCut(s), s);
        }
        assertTrue(PortionLabels.looksCut("thigh bone and skin r"));
    }

    @Test
    void theBundledCatalogueHasNoPortionLabelCutShort() {
        List<String> cut = new ArrayList<>();
        int[] portions = {0};
        FoodBundle.read(App.class.getResourceAsStream("/foods/usda-sr24.tsv.gz"), (FoodRecord f) -> {
            for (Portion p : f.portions()) {
                portions[0]++;
                String label = p.name();
                if (PortionLabels.looksCut(label) || label.matches(".*\\b(bone and skin r|or dice|pr g)\\b(?!\\w).*")
                        || label.matches("(?i).*\\bfrom \\d{5}\\b.*")
                        || !label.equals(PortionLabels.complete(label))) {
                    cut.add(f.sourceId() + ": " + label);
                }
            }
        });
        assertTrue(portions[0] > 13_000, "read the portions");
        assertEquals(List.of(), cut, "portion labels cut short in the committed bundle");
    }
}
