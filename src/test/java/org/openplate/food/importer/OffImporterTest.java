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
import org.openplate.food.FoodRecord;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.nutrition.Portion;

class OffImporterTest {

    private static Path products() throws Exception {
        return Path.of(OffImporterTest.class.getResource("/import/off/products.tsv").toURI());
    }

    private static double value(FoodRecord f, String id) {
        return f.nutrients().get(id).orElseThrow(() -> new AssertionError(f.sourceId() + " has no " + id));
    }

    @Test
    void countsRejectionsAndRerun() throws Exception {
        MemorySink sink = new MemorySink("off");
        ImportReport r = new OffImporter().run(List.of(products()), sink, Progress.NONE);
        assertEquals(11, r.read());
        assertEquals(6, r.inserted());
        assertEquals(List.of(
                new ImportReport.Issue("products.tsv", 4, "4006381333932", "bad barcode check digit: 4006381333932"),
                new ImportReport.Issue("products.tsv", 5, "73513537", "missing product_name"),
                new ImportReport.Issue("products.tsv", 10, "5000000000012", "negative value for fat (-1.0)"),
                new ImportReport.Issue("products.tsv", 11, "5000000000029", "non-numeric proteins_100g 'abc'"),
                new ImportReport.Issue("products.tsv", 12, "4006381333931", "expected 21 tab-separated fields, found 3")),
                r.rejections());

        ImportReport again = new OffImporter().run(List.of(products()), sink, Progress.NONE);
        assertEquals(0, again.inserted());
        assertEquals(6, again.updated());
    }

    @Test
    void valuesAndUnits() throws Exception {
        MemorySink sink = new MemorySink("off");
        new OffImporter().run(List.of(products()), sink, Progress.NONE);

        FoodRecord nutella = sink.get("3017620422003");
        assertEquals("Nutella", nutella.name());
        assertEquals("Ferrero", nutella.brand());
        assertEquals("Spreads,Sweet spreads,Hazelnut spreads", nutella.foodGroup());
        assertEquals("3017620422003", nutella.barcode());
        assertEquals(539.0, value(nutella, NutrientCatalog.ENERGY));
        assertEquals(10.6, value(nutella, NutrientCatalog.SATURATED));
        assertEquals(42.8, value(nutella, NutrientCatalog.SODIUM), 1e-9); // sodium_100g wins over salt (0.11 → 44)
        assertFalse(nutella.nutrients().has(NutrientCatalog.FIBER)); // empty cell: absent, not zero
        assertEquals(List.of(new Portion("1 serving", 15)), nutella.portions());

        FoodRecord oatRings = sink.get("0036000291452");
        assertEquals(1500 / 4.184, value(oatRings, NutrientCatalog.ENERGY), 1e-9); // kJ only
        assertEquals("Breakfast cereals", oatRings.foodGroup()); // main_category_en when no categories_en
        assertEquals("0036000291452", oatRings.barcode());
        assertEquals(List.of(new Portion("1 serving", 30)), oatRings.portions());

        FoodRecord soup = sink.get("5000112546415");
        assertEquals(500.0, value(soup, NutrientCatalog.SODIUM), 1e-9); // salt 1.25 g ÷ 2.5 → 0.5 g → 500 mg
        assertTrue(soup.portions().isEmpty()); // "250 ml" is not a weight

        FoodRecord milk = sink.get("7613031805235");
        assertEquals(120.0, value(milk, NutrientCatalog.CALCIUM), 1e-9); // 0.12 g → mg
        assertEquals(40.0, value(milk, NutrientCatalog.VITAMIN_D), 1e-9); // 1 µg → 40 IU
        assertEquals(40.0, value(milk, NutrientCatalog.SODIUM), 1e-9);
    }

    @Test
    void nonGtinCodesAndEnergyMismatchesAreFlaggedNotRejected() throws Exception {
        MemorySink sink = new MemorySink("off");
        ImportReport r = new OffImporter().run(List.of(products()), sink, Progress.NONE);
        FoodRecord bread = sink.get("123456");
        assertNull(bread.barcode());
        assertEquals(List.of(new Portion("1 serving", 40)), bread.portions());
        FoodRecord beer = sink.get("8712345678906");
        assertFalse(beer.nutrients().has(NutrientCatalog.ALCOHOL)); // alcohol_100g is % vol, not grams
        assertEquals(List.of(
                new ImportReport.Issue("products.tsv", 8, "123456", "code 123456 is not a GTIN; imported without a barcode"),
                new ImportReport.Issue("products.tsv", 9, "8712345678906",
                        "energy 43 kcal differs from 16 kcal computed from the macros")), r.flags());
    }

    @Test
    void servingSizes() {
        assertEquals(30.0, OffImporter.servingGrams("30 g"));
        assertEquals(30.0, OffImporter.servingGrams("30g"));
        assertEquals(12.5, OffImporter.servingGrams("1 biscuit (12,5 g)"));
        assertEquals(28.0, OffImporter.servingGrams("1 oz (28 grams)"));
        assertNull(OffImporter.servingGrams("250 ml"));
        assertNull(OffImporter.servingGrams("500 mg"));
        assertNull(OffImporter.servingGrams("2 kg"));
        assertNull(OffImporter.servingGrams("1 portion"));
        assertNull(OffImporter.servingGrams(null));
    }

    @Test
    void refusesAFileThatIsNotTheTabSeparatedExport(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("products.csv");
        Files.writeString(csv, "code,product_name\n3017620422003,Nutella\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new OffImporter().run(List.of(csv), new MemorySink("off"), Progress.NONE));
        assertTrue(e.getMessage().contains("no 'code' column"), e.getMessage());
    }

    @Test
    void progressIsReportedAtMostEveryThousandRowsAndAtTheEnd(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder("code\tproduct_name\tenergy-kcal_100g\n");
        for (int i = 0; i < 2500; i++) {
            sb.append("local-").append(i).append("\tFood ").append(i).append("\t100\n");
        }
        Path file = dir.resolve("big.tsv");
        Files.writeString(file, sb);
        List<long[]> calls = new java.util.ArrayList<>();
        ImportReport r = new OffImporter().run(List.of(file), new MemorySink("off"),
                (done, total, rows) -> calls.add(new long[] {done, total, rows}));
        assertEquals(2500, r.inserted());
        assertEquals(3, calls.size());
        assertEquals(1000, calls.get(0)[2]);
        assertEquals(2000, calls.get(1)[2]);
        assertEquals(Files.size(file), calls.get(2)[0]);
        assertEquals(Files.size(file), calls.get(2)[1]);
        assertEquals(2500, calls.get(2)[2]);
    }
}
