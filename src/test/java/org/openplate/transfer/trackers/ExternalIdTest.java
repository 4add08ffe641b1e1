package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.transfer.trackers.Fixtures.file;
import static org.openplate.transfer.trackers.Fixtures.lf;
import static org.openplate.transfer.trackers.Fixtures.parse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExternalIdTest {

    static final String HEADER = "Day,Time,Group,Food Name,Amount,Energy (kcal),Protein (g)";
    static final String OATS = "2024-03-01,,Breakfast,Oats,40.00 g,150,5";
    static final String OATS_AGAIN = "2024-03-01,,Breakfast,Oats,40 g,150.0,5.00";
    static final String APPLE = "2024-03-02,,Snacks,Apple,1 medium,95,0.5";

    static List<String> ids(TrackerData d) {
        return Stream.of(d.foods().stream().map(TrackerData.FoodRow::externalId),
                d.weights().stream().map(TrackerData.WeightRow::externalId),
                d.exercises().stream().map(TrackerData.ExerciseRow::externalId),
                d.notes().stream().map(TrackerData.NoteRow::externalId),
                d.water().stream().map(TrackerData.WaterRow::externalId)).flatMap(s -> s).toList();
    }

    @Test
    void sameFileGivesSameIds() {
        TrackerFile f = file("servings.csv", lf(HEADER, OATS, APPLE));
        assertEquals(ids(parse("cronometer", f)), ids(parse("cronometer", f)));
        assertTrue(ids(parse("cronometer", f)).get(0).matches("[0-9a-f]{24}"));
    }

    @Test
    void aLaterLongerExportKeepsTheIdsOfRowsItShares() {
        List<String> first = ids(parse("cronometer", file("servings.csv", lf(HEADER, OATS, OATS, APPLE))));
        List<String> later = ids(parse("cronometer", file("servings.csv", lf(HEADER,
                "2024-02-28,,Lunch,Rice,100 g,130,2.7", OATS, OATS, APPLE, "2024-03-03,,Dinner,Fish,100 g,200,20"))));
        assertEquals(5, later.size());
        assertEquals(first, later.subList(1, 4), "the same rows at other row numbers keep their ids");
    }

    @Test
    void identicalRowsOnADayAreCounted() {
        List<String> ids = ids(parse("cronometer", file("servings.csv", lf(HEADER, OATS, OATS, OATS))));
        assertEquals(ids.get(0) + "#2", ids.get(1));
        assertEquals(ids.get(0) + "#3", ids.get(2));
        List<String> again = ids(parse("cronometer", file("servings.csv", lf(HEADER, OATS, OATS_AGAIN))));
        assertEquals(again.get(0) + "#2", again.get(1), "150, 150.0 and 40 g, 40.00 g are the same content");
    }

    @Test
    void contentSourceAndKindMakeTheId() {
        String changed = ids(parse("cronometer", file("servings.csv", lf(HEADER,
                "2024-03-01,,Breakfast,Oats,40.00 g,151,5")))).get(0);
        assertNotEquals(ids(parse("cronometer", file("servings.csv", lf(HEADER, OATS)))).get(0), changed);
        String mfpFood = ids(parse("myfitnesspal", file("Nutrition-Summary-a.csv", lf("Date,Meal,Calories",
                "2024-03-01,Lunch,100")))).get(0);
        String mfpLaterFile = ids(parse("myfitnesspal", file("Nutrition-Summary-2024-01-01-to-2024-12-31.csv",
                lf("Date,Meal,Calories", "2024-02-01,Lunch,100", "2024-03-01,Lunch,100")))).get(1);
        assertEquals(mfpFood, mfpLaterFile, "the file name is not part of the id");
        TrackerData both = parse("cronometer", file("exercises.csv", lf("Day,Exercise,Minutes,Calories Burned",
                "2024-03-01,Walk,30,-100")), file("notes.csv", lf("Day,Note", "2024-03-01,Walk")));
        assertEquals(2, new HashSet<>(ids(both)).size());
    }

    @Test
    void loseItAndMyPlateIdsAreStableToo() {
        byte[] zip = Fixtures.zip(Map.of("food-logs.csv", LoseItTest.exportFoodLogs()));
        assertEquals(ids(parse("loseit", file("a.zip", zip))), ids(parse("loseit", file("b.zip", zip))));
        byte[] xls = MyPlateTest.report();
        List<String> a = ids(parse("myplate", file("a.xls", xls)));
        assertEquals(a, ids(parse("myplate", file("b.xls", xls))));
        assertEquals(a.size(), new HashSet<>(a).size());
    }
}
