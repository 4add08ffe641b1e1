package org.openplate.food.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;
import org.openplate.testing.SharedData;

class UsdaSrImporterTest {


    private static Path fixture(String dir) throws URISyntaxException {
        return Path.of(UsdaSrImporterTest.class.getResource("/import/" + dir + "/FOOD_DES.txt").toURI()).getParent();
    }

    private static List<Path> sr21() {
        // CI checks the shared data out next to the project: missing data fails (see testing.SharedData).
        Path sr21Dir = SharedData.require("usda-sr21-ascii");
        // deliberately not in FOOD_DES, ABBREV, WEIGHT order
        return List.of(sr21Dir.resolve("WEIGHT.txt"), sr21Dir.resolve("ABBREV.txt"), sr21Dir.resolve("FOOD_DES.txt"));
    }

    private static MemorySink sr21Foods;

    /** One SR21 import shared by the read-only tests (it takes about a second). */
    private static synchronized MemorySink sr21Foods() throws IOException {
        List<Path> files = sr21();
        if (sr21Foods == null) {
            MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
            new UsdaSrImporter().run(files, sink, Progress.NONE);
            sr21Foods = sink;
        }
        return sr21Foods;
    }

    private static double value(FoodRecord f, String id) {
        return f.nutrients().get(id).orElseThrow(() -> new AssertionError(f.sourceId() + " has no " + id));
    }

    @Test
    void sr21CountsAndRerunUpdates() throws IOException {
        List<Path> files = sr21();
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        List<long[]> progress = new ArrayList<>();
        ImportReport first = new UsdaSrImporter().run(files, sink, (done, total, rows) ->
                progress.add(new long[] {done, total, rows}));

        assertEquals(7413, first.read());
        assertEquals(7207, first.inserted());
        assertEquals(0, first.updated());
        assertEquals(206, first.rejected());
        assertEquals(7207, sink.foods.size());
        assertEquals(1, sink.flushes);
        // every rejection in SR21 is a food whose rounded macros + water exceed 100 g
        assertTrue(first.rejections().stream().allMatch(i -> i.file().equals("FOOD_DES.txt")
                && i.reason().startsWith("protein + fat + carbohydrate + water is")), first.summary());
        // SR21's ABBREV.txt is not in NDB_No order; it is joined through a sorted copy, with a note
        assertTrue(first.flags().stream().anyMatch(i -> i.file().equals("ABBREV.txt") && i.row() == 15
                && i.reason().contains("not sorted by NDB_No")), first.summary());
        assertTrue(progress.size() <= 7413 / 1000 + 1 && progress.size() >= 2, "progress calls: " + progress.size());
        long[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0]);
        assertEquals(7413, last[2]);

        ImportReport again = new UsdaSrImporter().run(files, sink, Progress.NONE);
        assertEquals(0, again.inserted());
        assertEquals(7207, again.updated());
        assertEquals(206, again.rejected());
    }

    @Test
    void sr21BananasRawMatchesItsAbbrevLine() throws IOException {
        MemorySink sink = sr21Foods();
        // ABBREV.txt: ~09040~^~BANANAS,RAW~^74.91^89^1.09^0.33^0.82^22.84^2.6^12.23^5^0.26^27^22^358^1^0.15^…
        FoodRecord banana = sink.get("09040");
        assertEquals("Bananas, raw", banana.name());
        assertEquals("Fruits and Fruit Juices", banana.foodGroup());
        assertEquals(74.91, value(banana, NutrientCatalog.WATER));
        assertEquals(89.0, value(banana, NutrientCatalog.ENERGY));
        assertEquals(1.09, value(banana, NutrientCatalog.PROTEIN));
        assertEquals(0.33, value(banana, NutrientCatalog.FAT));
        assertEquals(22.84, value(banana, NutrientCatalog.CARBS));
        assertEquals(2.6, value(banana, NutrientCatalog.FIBER));
        assertEquals(12.23, value(banana, NutrientCatalog.SUGARS));
        assertEquals(358.0, value(banana, NutrientCatalog.POTASSIUM));
        assertEquals(1.0, value(banana, NutrientCatalog.SODIUM));
        assertEquals(8.7, value(banana, "vitamin_c"));
        assertEquals(20.0, value(banana, "folate"));
        assertEquals(64.0, value(banana, "vitamin_a_iu"));
        assertEquals(0.5, value(banana, "vitamin_k"));
        assertEquals(0.112, value(banana, NutrientCatalog.SATURATED));
        // SR21's abbreviated file predates vitamin D: absent, not zero
        assertFalse(banana.nutrients().has(NutrientCatalog.VITAMIN_D));
        assertEquals(3.36, banana.proteinFactor());
        assertEquals(8.37, banana.fatFactor());
        assertEquals(3.60, banana.carbFactor());
        assertEquals(8, banana.portions().size());
        assertEquals(new Portion("1 cup, sliced", 150), banana.portions().get(1));
        assertEquals(new Portion("1 medium (7\" to 7-7/8\" long)", 118), banana.portions().get(4));
    }

    @Test
    void sr21ButterPerrierAndAbsentValues() throws IOException {
        MemorySink sink = sr21Foods();
        FoodRecord butter = sink.get("01001");
        assertEquals("Butter, salted", butter.name());
        assertEquals(717.0, value(butter, NutrientCatalog.ENERGY));
        assertEquals(81.11, value(butter, NutrientCatalog.FAT));
        assertEquals(576.0, value(butter, NutrientCatalog.SODIUM));
        assertEquals(2499.0, value(butter, "vitamin_a_iu"));
        assertEquals(215.0, value(butter, NutrientCatalog.CHOLESTEROL));
        assertEquals(51.368, value(butter, NutrientCatalog.SATURATED));
        assertEquals(List.of(new Portion("1 cup", 227), new Portion("1 tbsp", 14.2),
                new Portion("1 pat (1\" sq, 1/3\" high)", 5.0), new Portion("1 stick", 113)), butter.portions());

        // Latin-1 manufacturer name; blank ABBREV cells (sugars, choline) stay absent while 0.0 stays 0
        FoodRecord perrier = sink.get("14384");
        assertEquals("Nestlé Waters North America Inc.", perrier.brand());
        assertFalse(perrier.nutrients().has(NutrientCatalog.SUGARS));
        assertFalse(perrier.nutrients().has("choline"));
        assertEquals(0.0, value(perrier, NutrientCatalog.FIBER));
        assertNull(perrier.proteinFactor());
        // a rejected food never reaches the sink
        assertNull(sink.get("01159"));
    }

    @Test
    void sr21SortedOnceGivesTheSameFoodsWithoutAFlag(@TempDir Path tmp) throws IOException {
        List<Path> files = sr21();
        List<String> lines = new ArrayList<>(Files.readAllLines(files.get(1),
                java.nio.charset.StandardCharsets.ISO_8859_1));
        lines.sort(java.util.Comparator.comparing(l -> l.substring(0, l.indexOf('^'))));
        Files.write(tmp.resolve("ABBREV.txt"), lines, java.nio.charset.StandardCharsets.ISO_8859_1);
        MemorySink sorted = new MemorySink(UsdaSrImporter.SOURCE);
        ImportReport r = new UsdaSrImporter().run(List.of(files.get(0), tmp.resolve("ABBREV.txt"), files.get(2)),
                sorted, Progress.NONE);
        assertEquals(7207, r.inserted());
        assertTrue(r.flags().stream().noneMatch(i -> i.reason().contains("not sorted")), r.summary());
        assertEquals(sr21Foods().foods, sorted.foods);
    }

    @Test
    void fixtureJoinsUnsortedFilesAndReportsBadRows() throws Exception {
        Path dir = fixture("usda-sr");
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        // the 6-line ABBREV.txt is out of order: it is joined through its line index
        ImportReport r = new UsdaSrImporter().run(List.of(dir.resolve("ABBREV.txt"), dir.resolve("FD_GROUP.txt"),
                dir.resolve("WEIGHT.txt"), dir.resolve("FOOD_DES.txt")), sink, Progress.NONE);

        assertEquals(6, r.read());
        assertEquals(4, r.inserted());
        assertEquals(3, r.rejected(), r.summary());
        assertEquals(List.of(
                new ImportReport.Issue("ABBREV.txt", 2, "99901", "non-numeric FA_Sat '2O.0'"),
                new ImportReport.Issue("ABBREV.txt", 5, "55555",
                        "no FOOD_DES.txt row for NDB_No 55555 (or FOOD_DES.txt is not in the same order)"),
                new ImportReport.Issue("FOOD_DES.txt", 6, "99902", "expected 14 '^'-separated fields, found 13")),
                r.rejections().stream().sorted(java.util.Comparator.comparing(ImportReport.Issue::file)
                        .thenComparingLong(ImportReport.Issue::row)).toList());
        assertTrue(r.flags().stream().anyMatch(i -> i.file().equals("ABBREV.txt") && i.row() == 3
                && i.reason().startsWith("ABBREV.txt is not sorted by NDB_No (14384 after 99901)")), r.summary());

        // SR22+ layout (53 fields): vitamin D comes from Vit_D_IU, not Vit_D_µg
        FoodRecord butter = sink.get("01001");
        assertEquals(60.0, value(butter, NutrientCatalog.VITAMIN_D));
        assertEquals(7.0, value(butter, "vitamin_k"));
        assertEquals("Dairy and Egg Products", butter.foodGroup());
        FoodRecord broccoli = sink.get("11090");
        assertFalse(broccoli.nutrients().has(NutrientCatalog.VITAMIN_D));
        assertEquals(101.6, value(broccoli, "vitamin_k"));
        assertEquals(List.of(new Portion("0.5 cup chopped", 44), new Portion("1 bunch", 608)), broccoli.portions());
        assertEquals("Vegetables and Vegetable Products", broccoli.foodGroup());
    }

    @Test
    void nutDataMapsByNutrientNumberAndSumsOmegaParts() throws Exception {
        Path dir = fixture("usda-sr-nutdata");
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        ImportReport r = new UsdaSrImporter().run(List.of(dir.resolve("NUT_DATA.txt"), dir.resolve("FOOD_DES.txt")),
                sink, Progress.NONE);
        assertEquals(2, r.read());
        assertEquals(2, r.inserted());
        assertEquals(0, r.rejected(), r.summary());
        FoodRecord salmon = sink.get("15076");
        assertEquals(1.115 + 0.321, value(salmon, "omega_3"), 1e-12);
        assertEquals(142.0, value(salmon, NutrientCatalog.ENERGY));
        assertEquals(0.981, value(salmon, NutrientCatalog.SATURATED));
        assertEquals("Finfish and Shellfish Products", salmon.foodGroup());
        // 268 (kJ) and 851 (ALA) have no catalogue id; 621 + 629 are one nutrient
        assertEquals(8, salmon.nutrients().per100g().size(), salmon.nutrients().toString());
        assertEquals(60.0, value(sink.get("01001"), NutrientCatalog.VITAMIN_D));
        assertTrue(salmon.portions().isEmpty());
    }

    @Test
    void withoutWeightFilePortionsComeFromAbbrevAndNamesAreCaseInsensitive(@TempDir Path tmp) throws Exception {
        Path dir = fixture("usda-sr");
        Files.copy(dir.resolve("FOOD_DES.txt"), tmp.resolve("food_des.txt"));
        Files.copy(dir.resolve("ABBREV.txt"), tmp.resolve("Abbrev.TXT"));
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        ImportReport r = new UsdaSrImporter().run(List.of(tmp.resolve("food_des.txt"), tmp.resolve("Abbrev.TXT")),
                sink, Progress.NONE);
        assertEquals(4, r.inserted());
        assertEquals(List.of(new Portion("1 cup", 227), new Portion("1 tbsp", 14.2)), sink.get("01001").portions());
        assertEquals(List.of(new Portion("1 cup chopped", 91)), sink.get("11090").portions());
        // without FD_GROUP.txt the group name comes from the code's first two digits
        assertEquals("Dairy and Egg Products", sink.get("01001").foodGroup());
    }

    @Test
    void refusesIncompleteOrUnknownFileSets() throws Exception {
        Path dir = fixture("usda-sr");
        UsdaSrImporter importer = new UsdaSrImporter();
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        IllegalArgumentException noNutrients = assertThrows(IllegalArgumentException.class,
                () -> importer.run(List.of(dir.resolve("FOOD_DES.txt")), sink, Progress.NONE));
        assertTrue(noNutrients.getMessage().contains("ABBREV.txt or NUT_DATA.txt"), noNutrients.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> importer.run(List.of(dir.resolve("FOOD_DES.txt"), Path.of("foods.csv")), sink, Progress.NONE));
        assertTrue(unknown.getMessage().contains("foods.csv"), unknown.getMessage());
        assertTrue(sink.foods.isEmpty());
    }

    @Test
    void lineIndexReadsInKeyOrderKeepingFileOrderAndLineNumbers(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("WEIGHT.txt");
        Files.writeString(file, "~09040~^1\r\n~01001~^1\n~09040~^2\n\n~01001~^2\n~09040~^3\n~01001~^3");
        java.util.function.Function<String, String> key = head -> head.substring(1, 6);
        List<String> read = new ArrayList<>();
        try (SrLineIndex index = SrLineIndex.build(file, key, 100)) {
            while (index.next()) {
                read.add(index.line() + "\t" + index.text());
            }
            assertEquals(Files.size(file) - 1, index.consumed(), "every byte but the blank line");
        }
        assertEquals(List.of("2\t~01001~^1", "5\t~01001~^2", "7\t~01001~^3",
                "1\t~09040~^1", "3\t~09040~^2", "6\t~09040~^3"), read);
        assertEquals(new SrLineIndex.Inversion(2, "01001", "09040"), SrLineIndex.firstInversion(file, key));
        assertNull(SrLineIndex.build(file, key, 6), "7 lines do not fit an index of 6");
    }

    @Test
    void anUnsortedFileTooLongToIndexIsRefusedWithTheSortCommand() throws Exception {
        Path dir = fixture("usda-sr");
        MemorySink sink = new MemorySink(UsdaSrImporter.SOURCE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new UsdaSrImporter(5)
                .run(List.of(dir.resolve("FOOD_DES.txt"), dir.resolve("ABBREV.txt")), sink, Progress.NONE));
        assertTrue(e.getMessage().startsWith("ABBREV.txt is not sorted by NDB_No (14384 after 99901) and has more "
                + "than 5 lines"), e.getMessage());
        assertTrue(e.getMessage().endsWith("LC_ALL=C sort -s -t '^' -k1,1 ABBREV.txt > sorted/ABBREV.txt"),
                e.getMessage());
        assertTrue(sink.foods.isEmpty());
    }

    @Test
    void everyAbbrevColumnMapsToACatalogueNutrient() {
        assertEquals(51, SrAbbrev.SR21.length);
        assertEquals(53, SrAbbrev.SR22.length);
        for (String[] c : SrAbbrev.SR22) {
            assertTrue(c[1] == null || NutrientCatalog.byId(c[1]).isPresent(), c[0] + " → " + c[1]);
        }
    }

    @Test
    void registryKnowsEveryFormat() {
        assertEquals(List.of("usda-sr", "fdc-csv", "off", "csv"), Importers.formats());
        for (String f : Importers.formats()) {
            assertEquals(f, Importers.forFormat(f.toUpperCase()).orElseThrow().format());
        }
        assertTrue(Importers.forFormat("xml").isEmpty());
        assertTrue(Importers.forFormat(null).isEmpty());
    }
}
