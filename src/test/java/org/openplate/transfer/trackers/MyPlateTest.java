package org.openplate.transfer.trackers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openplate.transfer.trackers.Fixtures.file;
import static org.openplate.transfer.trackers.Fixtures.parse;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openplate.transfer.trackers.TrackerData.FoodRow;

class MyPlateTest {

    /** A "Detailed" report as described: sections, Date: rows, both meal layouts, units and numbers. */
    static byte[] report() {
        return new XlsBuilder().sheet("Detailed Report")
                .row("LIVESTRONG.COM MyPlate Detailed Report")
                .row("Meals")
                .row("Date:", "April 19th, 2023")
                .row("Food", "Amount", "Calories", "Fat", "Carbs", "Protein", "Sodium", "Cholesterol", "Sugars",
                        "Fiber")
                .row("Breakfast", null, "152 cal", "3g", "27g", "5.3g", "115mg")        // meal label with totals
                .row("Oatmeal", "1 cup", "150 cal", "3g", "27g", "5g", "115mg", "0mg", "1g", "4g")
                .row("Coffee, black", "8 fl oz", 2, 0, 0, 0.3, "5mg", null, "0g", "0g")
                .row("LUNCH")
                .row("Turkey Sandwich", "1 each", "1,234", "40g", "150g", "60 g", "2,100mg", "95mg", "8g", "6g")
                .row("Daily Total", null, "1,386 cal", "43g")
                .blank()
                .row("Date: May 1st, 2023")
                .row("Meal", "Food", "Amount", "Calories", "Fat", "Carbohydrates", "Protein", "Sodium (mg)")
                .row("Dinner", "Salmon", "150 g", 280, "12g", "0g", "39g", "1.2g")
                .row("snacks", "Apple", "1 medium", "95", "0.3g", "25g", "0.5g", 2)
                .row(null, "Almonds", "1 oz", "164 cal", "14g", "6g", "6g", 0)
                .row("Date:", "Tuesday, May 2nd, 2023")
                .row("No notes for this day")
                .row("Breakfast", "Toast", "2 slices", 160, "2g", "30g", "6g", "300mg")
                .row(null, "Total Raisin Bran", "1 cup", 190, "1g", "46g", "5g", "250mg")
                .row("Breakfast Total", null, null, 350)
                .row("Date:", "May 3rd, 2023")
                .row("Lunch", "Soup", null, "-", "", "20g", "4g", "")
                .row("Fitness")
                .row("Date:", LocalDate.of(2023, 4, 19))
                .row("Exercise", "Minutes", "Calories")
                .row("Walking, brisk", 30, "150 cal")
                .row("Yoga", "45 min", 120)
                .row("Totals")
                .row("Calories", "1,800")
                .row("Water", "64 oz")
                .row("Weight")
                .row("Date: April 19th, 2023")
                .row("180 lbs")
                .row("April 21st, 2023", "81.5 kg")
                .row("Water")
                .row("Date: April 19th, 2023")
                .row("8 cups")
                .row("Water: 16 fl oz")
                .row("500 ml")
                .bytes();
    }

    @Test
    void detailedReportInBothMealLayouts() {
        TrackerData d = parse("myplate", file("MyPlate-Export.xls", report()));
        assertTrue(d.problems().isEmpty(), d.problems().toString());
        List<String> names = d.foods().stream().map(FoodRow::name).toList();
        assertEquals(List.of("Oatmeal", "Coffee, black", "Turkey Sandwich", "Salmon", "Apple", "Almonds", "Toast",
                "Total Raisin Bran", "Soup"), names, "no totals, no text lines");
        FoodRow oatmeal = d.foods().get(0);
        assertEquals(LocalDate.of(2023, 4, 19), oatmeal.day());
        assertEquals("Breakfast", oatmeal.meal());
        assertEquals(1.0, oatmeal.quantity());
        assertEquals("cup", oatmeal.unit());
        assertEquals(Map.of("energy", 150.0, "fat", 3.0, "carbs", 27.0, "protein", 5.0, "sodium", 115.0,
                "cholesterol", 0.0, "sugars", 1.0, "fiber", 4.0), oatmeal.nutrients());
        assertEquals(6, oatmeal.row());
        FoodRow coffee = d.foods().get(1);
        assertEquals(2.0, coffee.nutrients().get("energy"), "numeric cell");
        assertEquals(0.3, coffee.nutrients().get("protein"));
        FoodRow sandwich = d.foods().get(2);
        assertEquals("Lunch", sandwich.meal());
        assertEquals(1234.0, sandwich.nutrients().get("energy"));
        assertEquals(2100.0, sandwich.nutrients().get("sodium"));
        FoodRow salmon = d.foods().get(3);
        assertEquals(LocalDate.of(2023, 5, 1), salmon.day());
        assertEquals("Dinner", salmon.meal());
        assertEquals(150.0, salmon.grams());
        assertEquals(280.0, salmon.nutrients().get("energy"));
        assertEquals(1200.0, salmon.nutrients().get("sodium"), 1e-9, "1.2g in a mg column");
        assertEquals("Snacks", d.foods().get(4).meal());
        assertEquals(2.0, d.foods().get(4).nutrients().get("sodium"), "unitless number takes the header's unit");
        assertEquals("Snacks", d.foods().get(5).meal(), "a row without a label stays in the meal above");
        assertEquals(28.35, d.foods().get(5).grams(), 0.001);
        assertEquals(LocalDate.of(2023, 5, 2), d.foods().get(6).day());
        assertEquals("Breakfast", d.foods().get(7).meal());
        FoodRow soup = d.foods().get(8);
        assertEquals(LocalDate.of(2023, 5, 3), soup.day());
        assertEquals(Map.of("carbs", 20.0, "protein", 4.0), soup.nutrients(), "empty and - are absent");
        assertNull(soup.quantity());

        assertEquals(2, d.exercises().size());
        assertEquals("Walking, brisk", d.exercises().get(0).name());
        assertEquals(LocalDate.of(2023, 4, 19), d.exercises().get(0).day());
        assertEquals(30.0, d.exercises().get(0).minutes());
        assertEquals(150, d.exercises().get(0).kcal(), 1e-9);
        assertEquals(45.0, d.exercises().get(1).minutes());
        assertEquals(120, d.exercises().get(1).kcal(), 1e-9);

        assertEquals(2, d.weights().size());
        assertEquals(81.65, d.weights().get(0).weightKg(), 0.005);
        assertEquals(LocalDate.of(2023, 4, 21), d.weights().get(1).day());
        assertEquals(81.5, d.weights().get(1).weightKg(), 1e-9);

        assertEquals(3, d.water().size(), "the Water line under Totals is not read");
        assertEquals(1892.71, d.water().get(0).ml(), 0.01);
        assertEquals(473.18, d.water().get(1).ml(), 0.01);
        assertEquals(500, d.water().get(2).ml(), 1e-9);
    }

    @Test
    void ordinalDates() {
        assertEquals(LocalDate.of(2023, 4, 1), MyPlateText.date("April 1st, 2023"));
        assertEquals(LocalDate.of(2023, 4, 2), MyPlateText.date("Apr 2nd 2023"));
        assertEquals(LocalDate.of(2023, 4, 3), MyPlateText.date("Monday, April 3rd, 2023"));
        assertEquals(LocalDate.of(2023, 4, 19), MyPlateText.date("april 19TH, 2023"));
        assertEquals(LocalDate.of(2023, 4, 22), MyPlateText.date("4/22/2023"));
        assertNull(MyPlateText.date("April 31st, 2023"));
        assertNull(MyPlateText.date("Smarch 3rd, 2023"));
    }

    @Test
    void badRowsAreProblemsNamingFileSheetAndRow() {
        XlsBuilder x = new XlsBuilder().sheet("Report").row("Meals")
                .row("Meal", "Food", "Calories", "Fat");
        int early = x.nextRow();
        x.row("Breakfast", "Eggs", "150 cal", "10g")
                .row("Date:", "April 19th, 2023")
                .row("Lunch");
        int bad = x.nextRow();
        x.row(null, "Rice", "lots", "1g")
                .row(null, "Beans", "120", "1g");
        int badDate = x.nextRow();
        x.row("Date:", "Smarch 40th, 2023")
                .row("Dinner", "Skipped, the date above is bad", "100", "1g");
        TrackerData d = parse("myplate", file("diary.xls", x.bytes()));
        assertEquals(List.of("Beans"), d.foods().stream().map(FoodRow::name).toList());
        assertEquals(List.of(
                "diary.xls sheet \"Report\" row " + early + ": food \"Eggs\" comes before any Date: row",
                "diary.xls sheet \"Report\" row " + bad + ": Calories \"lots\" is not a number",
                "diary.xls sheet \"Report\" row " + badDate + ": date \"Smarch 40th, 2023\" is not a date"
                        + " (expected e.g. \"April 19th, 2023\")"),
                d.problems().stream().map(TrackerData.Problem::message).toList());
        assertEquals(bad, d.problems().get(1).row());
        assertEquals("diary.xls", d.problems().get(1).file());
    }

    @Test
    void notAnExcelFileIsFatal() {
        TrackerFormatException csv = assertThrows(TrackerFormatException.class,
                () -> parse("myplate", file("export.xls", Fixtures.lf("Date,Meal,Calories", "2024-01-01,Lunch,5"))));
        assertTrue(csv.getMessage().startsWith("export.xls: not an Excel (.xls) file (it looks like text"),
                csv.getMessage());
        TrackerFormatException zip = assertThrows(TrackerFormatException.class, () -> parse("myplate",
                file("export.xls", Fixtures.zip(Map.of("xl/workbook.xml", new byte[] {1})))));
        assertTrue(zip.getMessage().startsWith("export.xls: not an Excel (.xls) file (it is a zip"), zip.getMessage());
        byte[] ole2Garbage = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, 0, ole2Garbage, 0, 8);
        TrackerFormatException damaged = assertThrows(TrackerFormatException.class,
                () -> parse("myplate", file("export.xls", ole2Garbage)));
        assertTrue(damaged.getMessage().startsWith("export.xls: not an Excel (.xls) file, or a damaged one"),
                damaged.getMessage());
    }

    @Test
    void aWorkbookWithoutSectionsOrTooLargeIsFatal() {
        byte[] other = new XlsBuilder().sheet("Budget").row("Rent", 1200).row("Food", 300).bytes();
        TrackerFormatException e = assertThrows(TrackerFormatException.class,
                () -> parse("myplate", file("budget.xls", other)));
        assertTrue(e.getMessage().startsWith("budget.xls: no Meals, Fitness, Weight or Water section"), e.getMessage());
        Limits tiny = new Limits(Limits.MB, 10, 50, Limits.MB, Limits.MB, 100);
        TrackerFormatException rows = assertThrows(TrackerFormatException.class,
                () -> new TrackerImports(tiny).read("myplate", List.of(file("MyPlate.xls", report()))));
        assertEquals("MyPlate.xls: more than 10 rows", rows.getMessage());
        Limits small = new Limits(1000, 10, 50, Limits.MB, Limits.MB, 100);
        TrackerFormatException big = assertThrows(TrackerFormatException.class,
                () -> new TrackerImports(small).read("myplate", List.of(file("MyPlate.xls", report()))));
        assertTrue(big.getMessage().startsWith("MyPlate.xls: the file is"), big.getMessage());
    }

    @Test
    void onlyOneXlsIsAccepted() {
        TrackerFormatException e = assertThrows(TrackerFormatException.class, () -> parse("myplate",
                file("a.xls", report()), file("b.xls", report())));
        assertTrue(e.getMessage().startsWith("b.xls: upload one .xls file only"), e.getMessage());
        TrackerFormatException x = assertThrows(TrackerFormatException.class,
                () -> parse("myplate", file("a.xlsx", report())));
        assertTrue(x.getMessage().startsWith("a.xlsx: not a file this import reads"), x.getMessage());
    }
}
