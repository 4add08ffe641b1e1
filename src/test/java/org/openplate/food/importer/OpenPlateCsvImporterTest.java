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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.Nutrient;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;

class OpenPlateCsvImporterTest {

    private static Path foods() throws Exception {
        return Path.of(OpenPlateCsvImporterTest.class.getResource("/import/csv/foods.csv").toURI());
    }

    private static double value(FoodRecord f, String id) {
        return f.nutrients().get(id).orElseThrow(() -> new AssertionError(f.sourceId() + " has no " + id));
    }

    @Test
    void fixtureCountsRejectionsAndRerun() throws Exception {
        MemorySink sink = new MemorySink("csv");
        ImportReport r = new OpenPlateCsvImporter().run(List.of(foods()), sink, Progress.NONE);
        assertEquals(12, r.read());
        assertEquals(6, r.inserted());
        assertEquals(List.of(
                new ImportReport.Issue("foods.csv", 5, "bad-barcode", "bad barcode check digit: 036000291453"),
                new ImportReport.Issue("foods.csv", 6, null, "missing source_id"),
                new ImportReport.Issue("foods.csv", 7, "no-name", "missing name"),
                new ImportReport.Issue("foods.csv", 8, "bad-portion",
                        "bad portion '1 bowl' (expected name=grams, grams > 0)"),
                new ImportReport.Issue("foods.csv", 9, "negative", "negative value for protein (-1.0)"),
                new ImportReport.Issue("foods.csv", 10, "typo", "non-numeric energy_kcal '1OO'")),
                r.rejections());

        ImportReport again = new OpenPlateCsvImporter().run(List.of(foods()), sink, Progress.NONE);
        assertEquals(0, again.inserted());
        assertEquals(6, again.updated());
        assertEquals(6, sink.foods.size());
    }

    @Test
    void valuesPortionsAndQuoting() throws Exception {
        MemorySink sink = new MemorySink("csv");
        new OpenPlateCsvImporter().run(List.of(foods()), sink, Progress.NONE);

        FoodRecord granola = sink.get("granola-1");
        assertEquals("csv", granola.source());
        assertEquals("Granola, honey & almond", granola.name());
        assertEquals("Home Kitchen", granola.brand());
        assertEquals("Breakfast cereals", granola.foodGroup());
        assertEquals("0036000291452", granola.barcode());
        assertEquals(471.0, value(granola, NutrientCatalog.ENERGY));
        assertEquals(25.0, value(granola, NutrientCatalog.SODIUM));
        assertEquals(35.0, value(granola, "folate"));
        assertFalse(granola.nutrients().has(NutrientCatalog.VITAMIN_D)); // blank: absent, not zero
        assertEquals(List.of(new Portion("1 cup", 122), new Portion("1 tbsp", 7.6)), granola.portions());

        assertEquals("Oatly, Inc.", sink.get("oat-drink").brand());
        assertEquals(48.0, value(sink.get("oat-drink"), NutrientCatalog.VITAMIN_D));
        assertEquals("Pizza, 12\" margherita", sink.get("pizza-12").name());
        assertNull(sink.get("pizza-12").brand());
        assertEquals("73513537", sink.get("mints").barcode());
        assertEquals("Soup of the day\n(seasonal)", sink.get("soup-of-the-day").name());
        assertEquals(List.of(new Portion("1 medium", 182)), sink.get("apple").portions());
    }

    @Test
    void sourceColumnChoosesTheSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "source,source_id,name,energy_kcal\nmy-recipes,r1,Stew,120\n,r2,Salad,40\n");
        MemorySink sink = new MemorySink("csv");
        ImportReport r = new OpenPlateCsvImporter().run(List.of(file), sink, Progress.NONE);
        assertEquals(2, r.inserted());
        assertEquals("Stew", sink.foods.get("my-recipes/r1").name());
        assertEquals("Salad", sink.foods.get("csv/r2").name());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "source_id,name,calories|foods.csv: unknown column 'calories' (see /help/formats for the column names)",
        "source_id,name,sodium_g|foods.csv: column 'sodium_g' has unit 'g' but sodium is in mg: write it as 'sodium_mg'",
        "source_id,name,energy|foods.csv: column 'energy' needs its unit: write it as 'energy_kcal'",
        "source_id,name,vitamin_d_ug|foods.csv: column 'vitamin_d_ug' has unit 'ug' but vitamin_d is in IU: "
                + "write it as 'vitamin_d_iu'",
        "source_id,name,saturated_fat_mg|foods.csv: column 'saturated_fat_mg' has unit 'mg' but saturated_fat is "
                + "in g: write it as 'saturated_fat_g'",
        "source_id,name,fat_g,FAT_G|foods.csv: column 'FAT_G' appears twice",
        "source_id,brand,fat_g|foods.csv: the header has no 'name' column",
    })
    void badHeadersFailTheWholeFileBeforeAnyRow(String header, String message, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("foods.csv");
        Files.writeString(file, header + "\nx1,Good food,1\n");
        MemorySink sink = new MemorySink("csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OpenPlateCsvImporter().run(List.of(file), sink, Progress.NONE));
        assertEquals(message, e.getMessage());
        assertTrue(sink.foods.isEmpty());
    }

    @Test
    void headerIsCaseInsensitiveAndColumnsMayComeInAnyOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("foods.csv");
        Files.writeString(file, "\uFEFFName,PROTEIN_G,Source_Id,Portions\nEgg,12.6,egg,1 large=50\n");
        MemorySink sink = new MemorySink("csv");
        new OpenPlateCsvImporter().run(List.of(file), sink, Progress.NONE);
        FoodRecord egg = sink.get("egg");
        assertEquals(12.6, value(egg, NutrientCatalog.PROTEIN));
        assertEquals(List.of(new Portion("1 large", 50)), egg.portions());
    }

    @Test
    void columnNamesFollowTheCatalogueUnits() {
        assertEquals("energy_kcal", OpenPlateCsvImporter.column(NutrientCatalog.byId("energy").orElseThrow()));
        assertEquals("sodium_mg", OpenPlateCsvImporter.column(NutrientCatalog.byId("sodium").orElseThrow()));
        assertEquals("folate_ug", OpenPlateCsvImporter.column(NutrientCatalog.byId("folate").orElseThrow()));
        assertEquals("vitamin_d_iu", OpenPlateCsvImporter.column(NutrientCatalog.byId("vitamin_d").orElseThrow()));
    }

    @Test
    void docsListEveryNutrientColumn() throws IOException {
        Path doc = Path.of("docs", "food-csv.md");
        assertTrue(Files.isRegularFile(doc), "docs/food-csv.md not found: run from the project root");
        String text = Files.readString(doc);
        for (Nutrient n : NutrientCatalog.all()) {
            String column = OpenPlateCsvImporter.column(n);
            assertTrue(text.contains("`" + column + "`"), "docs/food-csv.md does not list " + column);
        }
    }

    @Test
    void portionCells() {
        assertEquals(List.of(new Portion("1 cup", 150), new Portion("1 slice", 30)),
                OpenPlateCsvImporter.portions("1 cup=150;1 slice=30"));
        assertEquals(List.of(new Portion("a=b", 2)), OpenPlateCsvImporter.portions("a=b=2;"));
        assertTrue(OpenPlateCsvImporter.portions(null).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OpenPlateCsvImporter.portions("=30"));
        assertThrows(IllegalArgumentException.class, () -> OpenPlateCsvImporter.portions("1 cup=0"));
        assertThrows(IllegalArgumentException.class, () -> OpenPlateCsvImporter.portions("1 cup=lots"));
    }
}
