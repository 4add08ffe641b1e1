package org.openplate.food;

import java.time.LocalDate;
import java.util.List;

/**
 * A scanned food ready to log on {@code /foods/scan}: the diary day the add form posts to, the meal when
 * the add page named one, and the food's portions (its common portion chosen) with the kcal of each.
 */
public record ScanView(FoodSummary food, String code, LocalDate date, Long mealId, List<Option> portions) {

    /** One option of the portion list: the value the diary takes, and the words shown. */
    public record Option(String value, String label, boolean selected) {
    }
}
