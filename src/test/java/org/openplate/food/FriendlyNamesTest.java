package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Friendly names stay right for each food when foods share a source name, and are worked out once. */
class FriendlyNamesTest {

    private static Food food(String source, String sourceId, String name, String brand) {
        return new Food(1, source, sourceId, null, name, brand, null, null, org.openplate.nutrition.Nutrients.NONE,
                List.of(), null, null, null, List.of(), java.time.Instant.EPOCH);
    }

    @Test
    void foodsSharingANameEachKeepTheirOwnFriendlyName() {
        String[] curated = firstCurated();
        String usdaName = "Cereals, oats, test form " + System.nanoTime() + ", cooked";
        Food curatedFood = food(curated[0], curated[1], usdaName, null);
        Food ruled = food(curated[0], curated[1] + "-other", usdaName, null);
        Food branded = food("custom", null, usdaName, "Acme");
        Food plain = food("custom", null, usdaName, null);
        String ruledName = usdaName.replace("Cereals, oats, ", "Oats (").replace(", cooked", ", cooked)");
        for (int round = 0; round < 3; round++) {
            // asked in turn, each food keeps its own name whatever was asked before it
            assertEquals(curated[2], FriendlyNames.of(curatedFood));
            assertEquals(ruledName, FriendlyNames.of(ruled));
            assertEquals(usdaName + " (Acme)", FriendlyNames.of(branded));
            assertEquals(usdaName, FriendlyNames.of(plain));
        }
        assertSame(FriendlyNames.of(ruled), FriendlyNames.of(food(curated[0], curated[1] + "-other",
                new String(usdaName.toCharArray()), null)), "worked out once, found again by an equal name");
    }

    @Test
    void manyFoodsUnderOneNameAreStillNamedRight() {
        String name = "Stew " + System.nanoTime();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3 * FriendlyNames.CHAINED; i++) {
                assertEquals(name + " (Brand " + i + ")", FriendlyNames.of(food("custom", null, name, "Brand " + i)));
            }
        }
    }

    /** The first curated food's source, source id and friendly name. */
    private static String[] firstCurated() {
        try (var in = FriendlyNamesTest.class.getResourceAsStream(CuratedNames.RESOURCE);
             var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                     java.nio.charset.StandardCharsets.UTF_8)).lines()) {
            String[] row = lines.filter(l -> !l.startsWith("#") && !l.startsWith("source\t")).findFirst()
                    .orElseThrow().split("\t");
            assertEquals(CuratedNames.of(row[0], row[1]).orElseThrow(), row[2]);
            return row;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
