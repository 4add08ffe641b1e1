package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.App;

/** The search's answer written from kept parts is byte for byte what the server's mapper writes for it. */
class SearchJsonTest {

    private final ObjectMapper mapper = App.objectMapper();

    private static FoodSummary food(long id, String name, String brand, Double kcal, String portion, Double grams) {
        return new FoodSummary(id, name, name == null ? null : name.toUpperCase(java.util.Locale.ROOT), brand, "usda-sr",
                "0" + id, id % 2 == 0, kcal, kcal == null ? null : 3.25, 0.0, 12.5, portion, grams,
                kcal == null || grams == null ? null : kcal * grams / 100.0);
    }

    private void same(SearchJson answers, FoodApi.Found found) throws Exception {
        byte[] expected = mapper.writeValueAsBytes(found);
        byte[] actual = answers.of(found);
        assertArrayEquals(expected, actual, () -> "expected " + new String(expected, StandardCharsets.UTF_8)
                + "\nbut was  " + new String(actual, StandardCharsets.UTF_8));
    }

    @Test
    void everyShapeOfAnswerIsWhatTheMapperWrites() throws Exception {
        SearchJson answers = new SearchJson(mapper);
        List<FoodSummary> foods = List.of(
                food(1, "Bananas, raw", null, 89.0, "1 medium (7\" to 7-7/8\" long)", 118.0),
                food(2, "Crème brûlée \"classic\" \\ 🍮", "Café Ñ", null, null, null),
                food(3, "Tab\tand\nnewline\u0001", "", 0.1 + 0.2, "cup", 1e-7),
                food(4, null, null, Double.MAX_VALUE, "", 100.0));
        same(answers, new FoodApi.Found(List.of(), false, null, null));
        same(answers, new FoodApi.Found(foods, false, null, null));
        same(answers, new FoodApi.Found(foods.subList(0, 1), true, new FoodApi.Progress(120, null, null), null));
        same(answers, new FoodApi.Found(foods, true, new FoodApi.Progress(5_000, 7_793, "Loading the catalogue…"),
                "banana \"split\""));
        same(answers, new FoodApi.Found(foods.subList(1, 3), false, null, "crème brûlée"));
        // again, now from the kept parts
        same(answers, new FoodApi.Found(foods, false, null, "bananas"));
        assertEquals(foods.size(), answers.kept());
    }

    @Test
    void aChangedFoodIsWrittenAfreshNotFromTheOldBytes() throws Exception {
        SearchJson answers = new SearchJson(mapper);
        FoodSummary before = food(7, "Oatmeal", null, 68.0, "cup", 234.0);
        FoodSummary renamed = food(7, "Oatmeal, cooked", null, 68.0, "cup", 234.0);
        FoodSummary corrected = food(7, "Oatmeal", null, 71.0, "cup", 234.0);
        byte[] first = answers.of(new FoodApi.Found(List.of(before), false, null, null));
        for (FoodSummary changed : List.of(renamed, corrected)) {
            FoodApi.Found found = new FoodApi.Found(List.of(changed), false, null, null);
            assertNotEquals(new String(first, StandardCharsets.UTF_8), new String(answers.of(found), StandardCharsets.UTF_8));
            same(answers, found);
        }
    }

    @Test
    void keptPartsAreBoundedAndAnswersStayRightPastTheBound() throws Exception {
        SearchJson answers = new SearchJson(mapper);
        Random random = new Random(42);
        for (int round = 0; round < 3 * SearchJson.MAX_KEPT / 10; round++) {
            List<FoodSummary> items = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long id = random.nextInt(3 * SearchJson.MAX_KEPT);
                items.add(food(id, "Food " + id, id % 3 == 0 ? null : "Brand " + id, id % 5 == 0 ? null : id / 7.0,
                        id % 4 == 0 ? null : "piece", id % 4 == 0 ? null : (double) id));
            }
            FoodApi.Found found = new FoodApi.Found(items, false, null, null);
            if (round % 97 == 0) {
                same(answers, found);
            } else {
                answers.of(found);
            }
            assertTrue(answers.kept() <= SearchJson.MAX_KEPT, "kept " + answers.kept());
        }
    }
}
