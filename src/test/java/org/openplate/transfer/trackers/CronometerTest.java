package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.transfer.trackers.Fixtures.file;
import static org.openplate.transfer.trackers.Fixtures.lf;
import static org.openplate.transfer.trackers.Fixtures.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openplate.transfer.trackers.TrackerData.FoodRow;

class CronometerTest {

    static final String SERVINGS_HEADER = "Day,Time,Group,Food Name,Amount,Energy (kcal),Alcohol (g),Caffeine (mg),"
            + "Water (g),B12 (Cobalamin) (µg),Vitamin A (IU),Vitamin C (mg),Vitamin D (IU),Calcium (mg),Iron (mg),"
            + "Potassium (mg),Sodium (mg),Carbs (g),Fiber (g),Sugars (g),Net Carbs (g),Fat (g),Cholesterol (mg),"
            + "Monounsaturated (g),Polyunsaturated (g),Saturated (g),Trans-Fats (g),Protein (g),Category";

    @Test
    void servingsMapNutrientColumnsByHeader() {
        TrackerData d = parse("cronometer", file("servings.csv", Fixtures.bomCrlf(SERVINGS_HEADER,
                "2024-03-01,08:05,Breakfast,\"Oats, rolled\",40.00 g,150.4,0,0,3.5,0,0,0,0,21.6,1.7,146,2.4,27,4,"
                        + "0.4,23,2.7,0,0.8,1,0.5,0,5.3,Cereals",
                "2024-03-01,,Lunch,Milk,1.00 cup,122,,,214,1.1,395,0,115,293,0.07,366,115,12,0,12,12,4.8,20,"
                        + "1.4,0.2,3,0.2,8,Dairy",
                "2024-03-02,,Uncategorized,Coffee,\"1,000.00 ml\",20,,95,,,,,,,,,,,,,,,,,,,,,Beverages")));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        assertEquals(3, d.foods().size());
        FoodRow oats = d.foods().get(0);
        assertEquals(LocalDate.of(2024, 3, 1), oats.day());
        assertEquals("Breakfast", oats.meal());
        assertEquals("Oats, rolled", oats.name());
        assertEquals(40.0, oats.quantity());
        assertEquals("g", oats.unit());
        assertEquals(40.0, oats.grams());
        assertEquals(150.4, oats.nutrients().get("energy"));
        assertEquals(5.3, oats.nutrients().get("protein"));
        assertEquals(27.0, oats.nutrients().get("carbs"));
        assertEquals(0.5, oats.nutrients().get("saturated_fat"));
        assertEquals(0.8, oats.nutrients().get("monounsaturated_fat"));
        assertEquals(0.0, oats.nutrients().get("trans_fat"));
        assertFalse(oats.nutrients().containsKey("net_carbs"));
        FoodRow milk = d.foods().get(1);
        assertEquals(1.0, milk.quantity());
        assertEquals("cup", milk.unit());
        assertNull(milk.grams(), "a cup is not a mass");
        assertEquals(395.0, milk.nutrients().get("vitamin_a_iu"));
        assertEquals(115.0, milk.nutrients().get("vitamin_d"));
        assertEquals(1.1, milk.nutrients().get("vitamin_b12"));
        assertEquals(214.0, milk.nutrients().get("water"));
        assertEquals(20.0, milk.nutrients().get("cholesterol"));
        FoodRow coffee = d.foods().get(2);
        assertEquals(1000.0, coffee.quantity());
        assertEquals(95.0, coffee.nutrients().get("caffeine"));
        assertEquals(2, coffee.nutrients().size(), "empty cells are absent: " + coffee.nutrients());
    }

    @Test
    void unitsThatDifferFromTheCatalogueAreConvertedOrIgnored() {
        TrackerData d = parse("cronometer", file("servings.csv", lf(
                "Day,Group,Food Name,Amount,Energy (kcal),Vitamin D (µg),Sodium (g),Vitamin A (µg),Vitamin C (mg)",
                "2024-03-01,Dinner,Salmon,100 g,200,10,0.5,15,3")));
        FoodRow f = d.foods().get(0);
        assertEquals(400.0, f.nutrients().get("vitamin_d"), 1e-9, "10 µg = 400 IU");
        assertEquals(500.0, f.nutrients().get("sodium"), 1e-9);
        assertFalse(f.nutrients().containsKey("vitamin_a_iu"), "µg RAE cannot become IU");
        assertEquals(3.0, f.nutrients().get("vitamin_c"));
    }

    @Test
    void exercisesStoreTheBurnAsPositive() {
        TrackerData d = parse("cronometer", file("exercises.csv", lf(
                "Day,Time,Group,Exercise,Minutes,Calories Burned",
                "2024-03-01,07:00,Uncategorized,Walking,45.00,-210.5",
                "2024-03-02,,Uncategorized,Cycling,30,180")));
        assertEquals(2, d.exercises().size());
        assertEquals(210.5, d.exercises().get(0).kcal(), 1e-9);
        assertEquals(45.0, d.exercises().get(0).minutes());
        assertEquals(180, d.exercises().get(1).kcal(), 1e-9);
    }

    @Test
    void biometricsWeightBodyFatAndWater() {
        TrackerData d = parse("cronometer", file("biometrics.csv", lf(
                "Day,Time,Group,Metric,Unit,Amount",
                "2024-03-01,07:00,Uncategorized,Body Fat,%,22.5",
                "2024-03-01,07:00,Uncategorized,Weight,lbs,180",
                "2024-03-02,07:00,Uncategorized,Weight,kg,81",
                "2024-03-03,07:00,Uncategorized,Body Fat,%,21",
                "2024-03-01,12:00,Uncategorized,Water,cups,2",
                "2024-03-01,13:00,Uncategorized,Water,fl oz,8",
                "2024-03-01,14:00,Uncategorized,Water,ml,500",
                "2024-03-01,07:00,Uncategorized,Blood Pressure,mmHg,120")));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        assertEquals(2, d.weights().size());
        assertEquals(81.65, d.weights().get(0).weightKg(), 0.005);
        assertEquals(22.5, d.weights().get(0).bodyFatPct());
        assertEquals(81.0, d.weights().get(1).weightKg());
        assertNull(d.weights().get(1).bodyFatPct());
        assertEquals(3, d.water().size());
        assertEquals(473.18, d.water().get(0).ml(), 0.01);
        assertEquals(236.59, d.water().get(1).ml(), 0.01);
        assertEquals(500, d.water().get(2).ml(), 1e-9);
    }

    @Test
    void notesTakeDayAndNote() {
        TrackerData d = parse("cronometer", file("notes.csv", lf("Day,Group,Note",
                "2024-03-01,Uncategorized,\"Long day;\nslept badly\"", "2024-03-02,Uncategorized,")));
        assertEquals(1, d.notes().size());
        assertEquals("Long day;\nslept badly", d.notes().get(0).text());
        assertEquals(2, d.notes().get(0).row());
    }

    @Test
    void badRowsAreProblemsNamingFileAndRow() {
        TrackerData d = parse("cronometer", file("servings.csv", lf(
                "Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g)",
                "2024-03-01,,Lunch,Apple,1 medium,95,0.5",
                "2024-03-01,,Lunch,Pear,1 medium",
                "2024-03-01,,Lunch,Bread,1 slice,80,x",
                "2024-13-45,,Lunch,Kiwi,1,40,1",
                "2024-03-02,,Lunch,Fig,1,40,1")),
                file("biometrics.csv", lf("Day,Time,Group,Metric,Unit,Amount", "2024-03-01,,U,Weight,stone,12")));
        assertEquals(2, d.foods().size());
        assertEquals(4, d.problems().size());
        assertEquals("servings.csv row 3: truncated row (5 of 7 fields)", d.problems().get(0).message());
        assertEquals("servings.csv row 4: Protein (g) \"x\" is not a number", d.problems().get(1).message());
        assertEquals("servings.csv row 5: date \"2024-13-45\" is not a date (expected YYYY-MM-DD)",
                d.problems().get(2).message());
        assertEquals(5, d.problems().get(2).row());
        assertEquals("biometrics.csv row 2: weight unit \"stone\" is not known (expected lbs or kg)",
                d.problems().get(3).message());
    }

    @Test
    void missingColumnsAndUnknownFilesAreFatal() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class, () -> parse("cronometer",
                file("exercises.csv", lf("Day,Group,Exercise,Minutes", "2024-03-01,U,Walk,30"))));
        assertTrue(e.getMessage().startsWith("exercises.csv: missing column \"Calories Burned\"; required: Day,"
                + " Exercise, Calories Burned; the header row has: Day, Group, Exercise, Minutes"), e.getMessage());
        TrackerFormatException u = assertThrows(TrackerFormatException.class, () -> parse("cronometer",
                file("dailysummary.csv", lf("Date,Energy (kcal)"))));
        assertTrue(u.getMessage().startsWith("dailysummary.csv: not a file this import reads; accepted: servings.csv,"),
                u.getMessage());
    }

    @Test
    void browserDuplicateNamesAreRecognised() {
        TrackerData d = parse("cronometer", file("Notes (1).CSV", lf("Day,Note", "2024-03-01,hi")));
        assertEquals(1, d.notes().size());
    }
}
