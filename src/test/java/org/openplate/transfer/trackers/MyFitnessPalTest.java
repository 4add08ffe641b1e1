package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.transfer.trackers.Fixtures.bomCrlf;
import static org.openplate.transfer.trackers.Fixtures.file;
import static org.openplate.transfer.trackers.Fixtures.parse;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.transfer.trackers.TrackerData.FoodRow;

class MyFitnessPalTest {

    static final String NUTRITION_HEADER = "Date,Meal,Calories,Fat (g),Saturated Fat,Polyunsaturated Fat,"
            + "Monounsaturated Fat,Trans Fat,Cholesterol,Sodium (mg),Potassium,Carbohydrates (g),Fiber,Sugar,"
            + "Protein (g),Vitamin A,Vitamin C,Calcium,Iron,Note";

    static TrackerFile nutrition(String name, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = NUTRITION_HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        return file(name, bomCrlf(lines));
    }

    @Test
    void nutritionSummaryWithBomAndCrlf() {
        TrackerData d = parse("myfitnesspal", nutrition("Nutrition-Summary-2024-01-01-to-2024-03-31.csv",
                "2024-01-01,Breakfast,\"1,234.5\",20.5,5,3,8,0,150,900,400,60,8,12,30,10,50,20,15,",
                "2024-01-01,Lunch,600,10,2,,,,,500,,80,5,5,25,0,0,0,0,\"Felt great, \"\"really\"\"\"",
                "2024-01-02,Dinner,700,25,,,,,,,,,,,40,,,,,"));
        assertEquals("myfitnesspal", d.source());
        assertEquals(3, d.foods().size());
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        FoodRow b = d.foods().get(0);
        assertEquals(LocalDate.of(2024, 1, 1), b.day());
        assertEquals("Breakfast", b.meal());
        assertNull(b.name());
        assertEquals(2, b.row());
        Map<String, Double> n = b.nutrients();
        assertEquals(1234.5, n.get("energy"));
        assertEquals(20.5, n.get("fat"));
        assertEquals(5.0, n.get("saturated_fat"));
        assertEquals(3.0, n.get("polyunsaturated_fat"));
        assertEquals(8.0, n.get("monounsaturated_fat"));
        assertEquals(150.0, n.get("cholesterol"));
        assertEquals(900.0, n.get("sodium"));
        assertEquals(400.0, n.get("potassium"));
        assertEquals(60.0, n.get("carbs"));
        assertEquals(8.0, n.get("fiber"));
        assertEquals(12.0, n.get("sugars"));
        assertEquals(30.0, n.get("protein"));
        assertEquals(500.0, n.get("vitamin_a_iu"), 1e-9, "10% of 5000 IU");
        assertEquals(30.0, n.get("vitamin_c"), 1e-9, "50% of 60 mg");
        assertEquals(200.0, n.get("calcium"), 1e-9, "20% of 1000 mg");
        assertEquals(2.7, n.get("iron"), 1e-9, "15% of 18 mg");
        FoodRow dinner = d.foods().get(2);
        assertEquals(3, dinner.nutrients().size(), "empty cells are absent, not zero: " + dinner.nutrients());
        assertEquals(1, d.notes().size());
        assertEquals("Felt great, \"really\"", d.notes().get(0).text());
        assertEquals(LocalDate.of(2024, 1, 1), d.notes().get(0).day());
    }

    @Test
    void timeColumnGivesOneRowPerEntry() {
        TrackerFile f = file("Nutrition-Summary-2024.csv", bomCrlf(
                "Date,Meal,Time,Calories,Fat (g),Protein (g),Note",
                "2024-02-01,Snacks,10:15 AM,100,1,2,",
                "2024-02-01,Snacks,3:40 PM,100,1,2,"));
        TrackerData d = parse("myfitnesspal", f);
        assertEquals(2, d.foods().size());
        assertTrue(d.foods().get(0).externalId().matches("[0-9a-f]{24}"));
        assertTrue(!d.foods().get(0).externalId().equals(d.foods().get(1).externalId()), "time is part of the id");
    }

    @Test
    void measurementsInPoundsByDefaultAndKgWhenTheHeaderSaysSo() {
        TrackerData lb = parse("myfitnesspal", file("Measurement-Summary-2024-01-01-to-2024-03-31.csv",
                bomCrlf("Date,Weight", "2024-01-03,180", "2024-01-10,")));
        assertEquals(1, lb.weights().size());
        assertEquals(81.65, lb.weights().get(0).weightKg(), 0.005);
        assertEquals(LocalDate.of(2024, 1, 3), lb.weights().get(0).day());
        TrackerData kg = parse("myfitnesspal", file("measurement-summary-x.csv", bomCrlf("Date,Weight (kg)",
                "2024-01-03,80.5")));
        assertEquals(80.5, kg.weights().get(0).weightKg(), 1e-9);
    }

    @Test
    void exerciseSummaryWithPoundsOrKilograms() {
        TrackerData d = parse("myfitnesspal", file("Exercise-Summary-2024.csv", bomCrlf(
                "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Pounds,Steps,Note",
                "2024-01-05,\"Running (jogging), general\",Cardio,350,30,,,,4200,",
                "2024-01-05,Bench Press,Strength,,,3,10,100,,heavy")));
        assertEquals(2, d.exercises().size());
        var run = d.exercises().get(0);
        assertEquals("Running (jogging), general", run.name());
        assertEquals(350, run.kcal(), 1e-9);
        assertEquals(30.0, run.minutes());
        assertEquals(4200, run.steps());
        var bench = d.exercises().get(1);
        assertEquals(0, bench.kcal(), 1e-9);
        assertEquals(3, bench.sets());
        assertEquals(10, bench.reps());
        assertEquals(45.359237, bench.loadKg(), 1e-9);
        TrackerData kg = parse("myfitnesspal", file("Exercise-Summary-2024.csv", bomCrlf(
                "Date,Exercise,Type,Exercise Calories,Exercise Minutes,Sets,Reps Per Set,Kilograms,Steps,Note",
                "2024-01-05,Squat,Strength,,,5,5,60,,")));
        assertEquals(60.0, kg.exercises().get(0).loadKg());
    }

    @Test
    void badRowsAreProblemsNamingFileAndRow() {
        String name = "Nutrition-Summary-2024-01-01-to-2024-03-31.csv";
        TrackerData d = parse("myfitnesspal", nutrition(name,
                "2024-01-01,Breakfast,100,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,",
                "2024-13-45,Lunch,100,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,",
                "2024-01-02,Dinner,lots,1,1,1,1,0,1,1,1,1,1,1,1,1,1,1,1,",
                "2024-01-03,Dinner,100,1,1"));
        assertEquals(1, d.foods().size());
        assertEquals(3, d.problems().size());
        assertEquals(name + " row 3: date \"2024-13-45\" is not a date (expected YYYY-MM-DD)",
                d.problems().get(0).message());
        assertEquals(3, d.problems().get(0).row());
        assertEquals(name, d.problems().get(0).file());
        assertEquals(name + " row 4: Calories \"lots\" is not a number", d.problems().get(1).message());
        assertEquals(name + " row 5: truncated row (5 of 20 fields)", d.problems().get(2).message());
    }

    @Test
    void wrongColumnsAreFatal() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class, () -> parse("myfitnesspal",
                file("Nutrition-Summary-2024.csv", bomCrlf("Day,Group,Food Name", "2024-01-01,Lunch,Apple"))));
        assertTrue(e.getMessage().startsWith("Nutrition-Summary-2024.csv: missing columns \"Date\", \"Meal\","
                + " \"Calories\""), e.getMessage());
        TrackerFormatException unit = assertThrows(TrackerFormatException.class, () -> parse("myfitnesspal",
                file("Measurement-Summary-2024.csv", bomCrlf("Date,Weight (stone)", "2024-01-01,12"))));
        assertTrue(unit.getMessage().startsWith("Measurement-Summary-2024.csv: the Weight column's unit \"stone\""),
                unit.getMessage());
    }

    @Test
    void unknownFileIsFatalAndListsWhatIsAccepted() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("myfitnesspal", file("servings.csv", bomCrlf("Day,Food Name"))));
        assertTrue(e.getMessage().startsWith("servings.csv: not a file this import reads; accepted: "
                + "Nutrition-Summary-"), e.getMessage());
        assertEquals("file", e.field());
    }

    @Test
    void theExportZipIsUnpacked() {
        byte[] zip = Fixtures.zip(Map.of(
                "Nutrition-Summary-2024-01-01-to-2024-01-31.csv",
                bomCrlf(NUTRITION_HEADER, "2024-01-01,Lunch,600,,,,,,,,,,,,,,,,,"),
                "Measurement-Summary-2024-01-01-to-2024-01-31.csv", bomCrlf("Date,Weight", "2024-01-01,200"),
                "readme.txt", bomCrlf("hello")));
        TrackerData d = parse("myfitnesspal", file("File-Export-2024-01-01-to-2024-01-31.zip", zip));
        assertEquals(1, d.foods().size());
        assertEquals(1, d.weights().size());
        assertEquals("Nutrition-Summary-2024-01-01-to-2024-01-31.csv", d.foods().get(0).file());
    }
}
