package org.openplate.food.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;

class FdcCsvImporterTest {

    private static final List<String> FILES = List.of("branded_food.csv", "food_portion.csv", "food_nutrient.csv",
            "nutrient.csv", "measure_unit.csv", "food_category.csv", "food.csv");

    private static List<Path> fixture() throws Exception {
        Path dir = Path.of(FdcCsvImporterTest.class.getResource("/import/fdc/food.csv").toURI()).getParent();
        return FILES.stream().map(dir::resolve).toList();
    }

    private static double value(FoodRecord f, String id) {
        return f.nutrients().get(id).orElseThrow(() -> new AssertionError(f.sourceId() + " has no " + id));
    }

    @Test
    void fixtureCountsRejectionsAndRerun() throws Exception {
        MemorySink sink = new MemorySink("fdc");
        ImportReport r = new FdcCsvImporter().run(fixture(), sink, Progress.NONE);
        // 9 food.csv rows; the sub_sample_food lab record is skipped and not counted
        assertEquals(8, r.read());
        assertEquals(6, r.inserted());
        assertEquals(2, r.rejected(), r.summary());
        assertNull(sink.get("329370"));
        ImportReport.Issue milk = r.rejections().get(0);
        // branded_food.csv line 4: the Cheerios record above it spans lines 2-3 (quoted line break)
        assertEquals("branded_food.csv", milk.file());
        assertEquals(4, milk.row());
        assertEquals("1105905", milk.sourceId());
        assertEquals("bad barcode check digit: 036000291453", milk.reason());
        assertEquals(new ImportReport.Issue("food.csv", 8, "1105906", "negative value for sodium (-5.0)"),
                r.rejections().get(1));
        assertTrue(r.flags().isEmpty(), r.summary());

        ImportReport again = new FdcCsvImporter().run(fixture(), sink, Progress.NONE);
        assertEquals(0, again.inserted());
        assertEquals(6, again.updated());
        assertEquals(6, sink.foods.size());
    }

    @Test
    void srLegacyAndFoundationFoods() throws Exception {
        MemorySink sink = new MemorySink("fdc");
        new FdcCsvImporter().run(fixture(), sink, Progress.NONE);

        FoodRecord banana = sink.get("173944");
        assertEquals("Bananas, raw", banana.name());
        assertEquals("Fruits and Fruit Juices", banana.foodGroup());
        assertEquals(89.0, value(banana, NutrientCatalog.ENERGY)); // kcal (208), not the kJ row (268)
        assertEquals(12.23, value(banana, NutrientCatalog.SUGARS));
        assertEquals(8.7, value(banana, "vitamin_c"));
        assertEquals(List.of(new Portion("1 cup, mashed", 225), new Portion("1 cup, sliced", 150),
                new Portion("1 medium (7\" to 7-7/8\" long)", 118)), banana.portions());
        assertNull(banana.barcode());
        assertNull(banana.proteinFactor());

        FoodRecord salmon = sink.get("175167");
        assertEquals(1.115 + 0.321, value(salmon, "omega_3"), 1e-12);
        assertFalse(salmon.nutrients().has(NutrientCatalog.VITAMIN_D)); // blank amount → absent
        assertEquals("Finfish and Shellfish Products", salmon.foodGroup());

        FoodRecord hummus = sink.get("321358");
        assertEquals(229.0, value(hummus, NutrientCatalog.ENERGY)); // Atwater specific when 208 is missing
        assertEquals(List.of(new Portion("1 tablespoon", 15), new Portion("Quantity not specified", 30)),
                hummus.portions());
    }

    @Test
    void brandedFoods() throws Exception {
        MemorySink sink = new MemorySink("fdc");
        new FdcCsvImporter().run(fixture(), sink, Progress.NONE);

        FoodRecord cheerios = sink.get("1105904");
        assertEquals("0036000291452", cheerios.barcode()); // UPC-A stored as EAN-13
        assertEquals("General Mills Sales Inc.", cheerios.brand());
        assertEquals("Cereal", cheerios.foodGroup());
        assertEquals(List.of(new Portion("1.5 cup", 39)), cheerios.portions());
        assertEquals(410.0, value(cheerios, NutrientCatalog.CALCIUM));

        FoodRecord trailMix = sink.get("1105907");
        assertEquals("4006381333931", trailMix.barcode()); // GTIN-14 04006381333931 → EAN-13
        assertEquals(List.of(new Portion("1/4 cup", 30)), trailMix.portions()); // serving unit GRM

        FoodRecord cookies = sink.get("1105908");
        assertEquals("COOKIES, \"EXTRA\" CHOCOLATE CHIP", cookies.name());
        assertEquals("Acme", cookies.brand()); // brand_name when brand_owner is blank
        assertEquals("73513537", cookies.barcode());
        assertEquals(List.of(new Portion("1 serving", 28)), cookies.portions());
    }

    @Test
    void rowsOutOfFdcIdOrderOrWithoutAFoodAreRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("food.csv"), """
                "fdc_id","data_type","description","food_category_id","publication_date"
                "100","sr_legacy_food","Apple","",""
                "200","sr_legacy_food","Pear","",""
                "300","sr_legacy_food","Plum","",""
                "250","sr_legacy_food","Quince","",""
                """);
        Files.writeString(dir.resolve("nutrient.csv"), """
                "id","name","unit_name","nutrient_nbr","rank"
                "1008","Energy","KCAL","208","300"
                "1003","Protein","G","203","600"
                """);
        Files.writeString(dir.resolve("food_nutrient.csv"), """
                "id","fdc_id","nutrient_id","amount"
                "1","100","1008","52"
                "2","150","1008","99"
                "3","200","1008","57"
                "4","100","1003","0.26"
                "5","200","1003","0.36"
                "6","300","1003","x"
                """);
        MemorySink sink = new MemorySink("fdc");
        ImportReport r = new FdcCsvImporter().run(Stream.of("food.csv", "nutrient.csv", "food_nutrient.csv")
                .map(dir::resolve).toList(), sink, Progress.NONE);
        assertEquals(4, r.read());
        assertEquals(2, r.inserted());
        assertEquals(List.of(
                new ImportReport.Issue("food_nutrient.csv", 3, "150",
                        "no food.csv row for fdc_id 150 (or food.csv is not in the same order)"),
                new ImportReport.Issue("food_nutrient.csv", 5, "100",
                        "food_nutrient.csv is not sorted by fdc_id (100 after 200); row skipped"),
                new ImportReport.Issue("food_nutrient.csv", 7, "300", "non-numeric amount 'x'"),
                new ImportReport.Issue("food.csv", 5, "250", "food.csv is not sorted by fdc_id (250 after 300)")),
                r.rejections());
        assertEquals(52.0, value(sink.get("100"), NutrientCatalog.ENERGY));
        assertFalse(sink.get("100").nutrients().has(NutrientCatalog.PROTEIN));
        assertEquals(57.0, value(sink.get("200"), NutrientCatalog.ENERGY));
        assertEquals(0.36, value(sink.get("200"), NutrientCatalog.PROTEIN));
    }

    @Test
    void malformedRowsAreRejectedWithTheirLine(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("food.csv"), """
                "fdc_id","data_type","description","food_category_id","publication_date"
                "100","sr_legacy_food","Apple",""
                "abc","sr_legacy_food","Pear","",""
                "300","sr_legacy_food","","",""
                "400","sr_legacy_food","Plum "x"","",""
                "500","sr_legacy_food","Fig","",""
                """);
        ImportReport r = new FdcCsvImporter().run(List.of(dir.resolve("food.csv")), new MemorySink("fdc"), Progress.NONE);
        assertEquals(5, r.read());
        assertEquals(1, r.inserted());
        assertEquals(List.of(
                new ImportReport.Issue("food.csv", 2, "100", "expected 5 fields, found 4"),
                new ImportReport.Issue("food.csv", 3, null, "missing or non-numeric fdc_id 'abc'"),
                new ImportReport.Issue("food.csv", 4, "300", "missing description"),
                new ImportReport.Issue("food.csv", 5, null, "unexpected 'x' after a closing quote at character 31")),
                r.rejections());
    }

    @Test
    void refusesMissingOrUnknownFiles(@TempDir Path dir) throws Exception {
        MemorySink sink = new MemorySink("fdc");
        Path food = fixture().get(FILES.indexOf("food.csv"));
        Path foodNutrient = fixture().get(FILES.indexOf("food_nutrient.csv"));
        IllegalArgumentException noNutrients = assertThrows(IllegalArgumentException.class,
                () -> new FdcCsvImporter().run(List.of(food, foodNutrient), sink, Progress.NONE));
        assertTrue(noNutrients.getMessage().contains("nutrient.csv"), noNutrients.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new FdcCsvImporter().run(List.of(food, dir.resolve("foods.csv")), sink, Progress.NONE));
        assertTrue(unknown.getMessage().contains("'foods.csv'"), unknown.getMessage());
        Files.writeString(dir.resolve("food.csv"), "\"fdc_id\",\"name\"\n\"1\",\"Apple\"\n");
        IllegalArgumentException noDescription = assertThrows(IllegalArgumentException.class,
                () -> new FdcCsvImporter().run(List.of(dir.resolve("food.csv")), sink, Progress.NONE));
        assertEquals("food.csv has no 'description' column in its header", noDescription.getMessage());
        assertTrue(sink.foods.isEmpty());
    }

    @Test
    void unitFactorsToTheCatalogue() {
        assertEquals(1.0, FdcCsvImporter.factor("MG", "mg"));
        assertEquals(1e-3, FdcCsvImporter.factor("UG", "mg"), 1e-15);
        assertEquals(1e3, FdcCsvImporter.factor("G", "mg"), 1e-9);
        assertEquals(1.0, FdcCsvImporter.factor("UG", "µg"));
        assertEquals(1.0, FdcCsvImporter.factor("IU", "IU"));
        assertEquals(1.0, FdcCsvImporter.factor("KCAL", "kcal"));
        assertNull(FdcCsvImporter.factor("kJ", "kcal"));
        assertNull(FdcCsvImporter.factor("UG", "IU"));
    }
}
