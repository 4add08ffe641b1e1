package org.openplate.diary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The history page's amount cell for each kind of entry (the text the page showed before entries were typed). */
class DiaryFormatTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void howMuchForEachKind() {
        assertEquals("2 × 1 cup, sliced (300 g)", DiaryFormat.howMuch(new FoodEntry(1, DAY, 1, 0, 7, 2,
                "1 cup, sliced", 300, 0)));
        assertEquals("1.5 × serving (412.5 g)", DiaryFormat.howMuch(new RecipeEntry(2, DAY, 1, 0, 3, 1.5, "serving",
                412.5, 0)));
        assertEquals("quick add, 1,250 kcal", DiaryFormat.howMuch(new QuickEntry(3, DAY, 1, 0, null, 1249.6, null,
                null, null, 0)));
    }
}
