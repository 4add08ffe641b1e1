package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.transfer.trackers.Fixtures.file;
import static org.openplate.transfer.trackers.Fixtures.lf;
import static org.openplate.transfer.trackers.Fixtures.parse;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.transfer.trackers.TrackerData.FoodRow;

class LoseItTest {

    static final String FOOD_HEADER = "Date,Name,Icon,Meal,Quantity,Units,Calories,Deleted,Fat (g),Protein (g),"
            + "Carbohydrates (g),Saturated Fat (g),Sugars (g),Fiber (g),Cholesterol (mg),Sodium (mg)";

    static byte[] exportFoodLogs() {
        return lf(FOOD_HEADER,
                "01/15/2024,Greek Yogurt,Yogurt,Breakfast,170,Grams,100,false,0.7,17,6,0.2,4,0,10,60",
                "01/15/2024,Almonds,Nut,Snacks,1,Ounces,164,0,14,6,6,1.1,1.2,3.5,0,0",
                "01/15/2024,\"Pizza, pepperoni\",Pizza,Dinner,2,Servings,600,true,24,22,70,10,8,4,50,1400",
                "1/16/2024,Banana,Banana,Breakfast,1,Each,105,No,0.4,1.3,27,0.1,14,3.1,0,1");
    }

    static byte[] export() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("LoseIt-Export/", new byte[0]);
        entries.put("LoseIt-Export/food-logs.csv", exportFoodLogs());
        entries.put("LoseIt-Export/weights.csv", lf("Date,Weight,Last Updated,Deleted",
                "01/15/2024,180,01/15/2024 07:01 AM,false", "01/16/2024,179,01/16/2024 07:02 AM,true"));
        entries.put("LoseIt-Export/exercise-logs.csv", lf("Date,Name,Icon,Type,Quantity,Units,Calories,Deleted",
                "01/15/2024,Running,Run,Cardio,30,Minutes,320,false",
                "01/16/2024,Swimming,Swim,Cardio,1,Hours,500,yes"));
        entries.put("LoseIt-Export/goals.csv", lf("whatever"));
        entries.put("__MACOSX/LoseIt-Export/._food-logs.csv", new byte[] {0, 5, 22, 7});
        return Fixtures.zip(entries);
    }

    @Test
    void exportZipHappyPath() {
        TrackerData d = parse("loseit", file("LoseIt-Export.zip", export()));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        assertEquals(3, d.foods().size(), "the deleted pizza is skipped");
        FoodRow yogurt = d.foods().get(0);
        assertEquals(LocalDate.of(2024, 1, 15), yogurt.day());
        assertEquals("Breakfast", yogurt.meal());
        assertEquals("Greek Yogurt", yogurt.name());
        assertEquals(170.0, yogurt.quantity());
        assertEquals("Grams", yogurt.unit());
        assertEquals(170.0, yogurt.grams());
        assertEquals(100.0, yogurt.nutrients().get("energy"));
        assertEquals(17.0, yogurt.nutrients().get("protein"));
        assertEquals(6.0, yogurt.nutrients().get("carbs"));
        assertEquals(0.2, yogurt.nutrients().get("saturated_fat"));
        assertEquals(10.0, yogurt.nutrients().get("cholesterol"));
        assertEquals(60.0, yogurt.nutrients().get("sodium"));
        assertEquals(28.35, d.foods().get(1).grams(), 0.001, "one ounce");
        FoodRow banana = d.foods().get(2);
        assertEquals(LocalDate.of(2024, 1, 16), banana.day());
        assertNull(banana.grams(), "Each is not a mass");
        assertEquals("food-logs.csv", banana.file());
        assertEquals(5, banana.row());
        assertEquals(1, d.weights().size());
        assertEquals(81.65, d.weights().get(0).weightKg(), 0.005);
        assertEquals(1, d.exercises().size());
        assertEquals(30.0, d.exercises().get(0).minutes());
        assertEquals(320, d.exercises().get(0).kcal(), 1e-9);
    }

    @Test
    void badRowsAreProblemsNamingFileAndRow() {
        byte[] zip = Fixtures.zip(Map.of("food-logs.csv", lf(FOOD_HEADER,
                "2024-01-15,Apple,Apple,Snacks,1,Each,95,false,0,0,25,0,19,4,0,2",
                "01/15/2024,Apple,Apple,Snacks,1,Each",
                "01/15/2024,Apple,Apple,Snacks,1,Each,ninety,false,0,0,25,0,19,4,0,2")));
        TrackerData d = parse("loseit", file("export.zip", zip));
        assertEquals(0, d.foods().size());
        assertEquals(List.of(
                "food-logs.csv row 2: date \"2024-01-15\" is not a date (expected MM/DD/YYYY)",
                "food-logs.csv row 3: truncated row (6 of 16 fields)",
                "food-logs.csv row 4: Calories \"ninety\" is not a number"),
                d.problems().stream().map(TrackerData.Problem::message).toList());
    }

    @Test
    void wrongColumnsAreFatal() {
        byte[] zip = Fixtures.zip(Map.of("weights.csv", lf("Day,Kilos", "2024-01-01,80")));
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("export.zip", zip)));
        assertTrue(e.getMessage().startsWith("weights.csv: missing columns \"Date\", \"Weight\""), e.getMessage());
    }

    @Test
    void aZipWithoutLoseItFilesOrNotAZipIsFatal() {
        byte[] zip = Fixtures.zip(Map.of("photo.jpg", new byte[] {1, 2, 3}));
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("export.zip", zip)));
        assertTrue(e.getMessage().startsWith("export.zip: none of food-logs.csv"), e.getMessage());
        TrackerFormatException csv = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("export.zip", lf("Date,Name"))));
        assertEquals("export.zip: not a zip file", csv.getMessage());
        TrackerFormatException other = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("food-logs.csv", lf("Date,Name"))));
        assertTrue(other.getMessage().startsWith("food-logs.csv: not a file this import reads; accepted: the one .zip"),
                other.getMessage());
    }

    @Test
    void zipBombIsFatalNamingZipAndEntry() {
        byte[] zeros = new byte[8 * 1024 * 1024]; // deflates about 1000:1
        byte[] zip = Fixtures.zip(Map.of("food-logs.csv", zeros));
        assertTrue(zip.length < 100 * 1024, "fixture is highly compressed: " + zip.length);
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("bomb.zip", zip)));
        assertTrue(e.getMessage().startsWith("bomb.zip, entry \"food-logs.csv\": compressed more than 100:1"),
                e.getMessage());
    }

    @Test
    void entryAndTotalSizesAreCountedWhileInflating() {
        byte[] noise = new byte[300_000];
        new Random(1).nextBytes(noise); // incompressible, so no ratio alarm
        Limits small = new Limits(200_000, 1000, 50, 500_000, Limits.MB, 100);
        byte[] big = Fixtures.zip(Map.of("food-logs.csv", noise));
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> new TrackerImports(small).read("loseit", List.of(file("big.zip", big))));
        assertTrue(e.getMessage().startsWith("big.zip, entry \"food-logs.csv\": unpacks to more than"), e.getMessage());
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            many.put("part" + i + ".bin", java.util.Arrays.copyOf(noise, 190_000));
        }
        TrackerFormatException total = assertThrows(TrackerFormatException.class,
                () -> new TrackerImports(small).read("loseit", List.of(file("many.zip", Fixtures.zip(many)))));
        assertTrue(total.getMessage().startsWith("many.zip, entry \"part2.bin\": the entries together unpack to more"),
                total.getMessage());
    }

    @Test
    void moreThanFiftyEntriesIsFatal() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 51; i++) {
            entries.put("f" + i + ".txt", new byte[] {'x'});
        }
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("loseit", file("export.zip", Fixtures.zip(entries))));
        assertEquals("export.zip, entry \"f50.txt\": the zip has more than 50 entries", e.getMessage());
    }

    @Test
    void largeButOrdinaryCsvIsNotABomb() {
        StringBuilder sb = new StringBuilder(FOOD_HEADER).append('\n');
        Random r = new Random(2);
        while (sb.length() < 1.2 * Limits.MB) { // over the 1 MB from which the ratio is checked
            sb.append("01/15/2024,Food ").append(r.nextInt(1_000_000)).append(",I,Lunch,1,Each,")
                    .append(r.nextInt(900)).append(",false,1,2,3,0,0,0,0,").append(r.nextInt(2000)).append('\n');
        }
        TrackerData d = parse("loseit", file("export.zip", Fixtures.zip(Map.of("food-logs.csv",
                sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        assertTrue(d.foods().size() > 10_000);
        assertTrue(d.problems().isEmpty());
    }
}
