package org.openplate.food;

import java.util.HashMap;
import java.util.Map;
import org.openplate.nutrition.Portion;

/** A custom food's stored values turned back into per-serving form fields for editing. */
final class CustomFoodValues {
    private CustomFoodValues() {
    }

    static Map<String, String> of(Food f) {
        Map<String, String> m = new HashMap<>();
        m.put("name", f.name());
        m.put("brand", f.brand() == null ? "" : f.brand());
        m.put("barcode", f.barcode() == null ? "" : f.barcode());
        Portion serving = f.portions().isEmpty() ? new Portion("1 serving", 100) : f.portions().get(0);
        m.put("servingName", serving.name());
        m.put("servingGrams", PortionChoice.number(serving.grams()));
        for (CustomFoodForm.LabelField field : CustomFoodForm.FIELDS) {
            f.nutrients().get(field.nutrientId()).ifPresent(v ->
                    m.put(field.field(), PortionChoice.number(v * serving.grams() / 100.0)));
        }
        return m;
    }
}
