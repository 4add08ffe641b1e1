package org.openplate.food;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Results you can tell apart (issue 16): on the bundled catalogue, no two results of a page share a
 * visible title, over every query of the relevance sets and the issue's examples.
 */
class DistinctTitlesTest {

    private static final List<String> ISSUE_QUERIES = List.of("oatmeal", "oats", "2% milk", "milk", "greek yogurt",
            "chicken breast", "chicken", "cereals oats instant", "instant oatmeal", "yogurt", "egg", "rice", "beef",
            "salmon", "cheese", "bread", "apple", "potato", "pork chop", "turkey", "soup", "coffee", "tea", "juice");

    static Set<String> queries() throws Exception {
        Set<String> out = new LinkedHashSet<>(ISSUE_QUERIES);
        for (String set : List.of("/search/relevance.tsv", "/search/relevance-dev.tsv", "/search/relevance-blind.tsv")) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    DistinctTitlesTest.class.getResourceAsStream(set), StandardCharsets.UTF_8))) {
                r.readLine();
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.split("\t")[0].trim());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noTwoResultsOfAPageShareATitle() throws Exception {
        FoodService foods = BundledCatalog.service();
        Set<String> queries = queries();
        assertTrue(queries.size() > 250, "many queries: " + queries.size());
        List<String> clashes = new ArrayList<>();
        for (String q : queries) {
            for (int limit : new int[] {10, 20, 50}) {
                Map<String, String> seen = new HashMap<>();
                for (FoodSummary f : foods.search(q, null, Set.of(), limit)) {
                    String key = f.displayName().toLowerCase(Locale.ROOT);
                    String before = seen.put(key, f.sourceId());
                    if (before != null) {
                        clashes.add(q + " (" + limit + "): " + f.displayName() + " for " + before + " and " + f.sourceId());
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void titlesThatDifferOnlyInCaseOrSpacingAreToldApart() {
        List<FoodSummary> out = DistinctTitles.apply(List.of(
                summary(1, "Soup, tomato, canned, condensed", " Tomato \t soup"),
                summary(2, "Soup, tomato, canned, ready-to-serve", "tomato soup"),
                summary(3, "Soup, pea, canned (includes boiling and microwaving)", "Pea soup")));
        assertEquals(" Tomato \t soup (condensed)", out.get(0).displayName());
        assertEquals("tomato soup (ready-to-serve)", out.get(1).displayName());
        assertEquals("Pea soup", out.get(2).displayName(), "a title no other shares is left alone");
        List<FoodSummary> twins = DistinctTitles.apply(List.of(summary(4, "Soup, pea, canned", "Pea  soup"),
                summary(5, "Soup, pea, canned", "pea soup")));
        assertNotEquals(twins.get(0).displayName().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim(),
                twins.get(1).displayName().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim(),
                "the same name twice is told apart too: " + titles(twins));
    }

    private static FoodSummary summary(long id, String name, String title) {
        return new FoodSummary(id, name, title, null, "usda-sr24", "0" + id, false, 50.0 + id, 1.0, 1.0, 5.0, null,
                null, null);
    }

    @Test
    void theIssuesExamplesReadApart() {
        FoodService foods = BundledCatalog.service();
        List<FoodSummary> milk = foods.search("2% milk", null, Set.of(), 5);
        assertEquals(5, milk.stream().map(FoodSummary::displayName).distinct().count(), titles(milk));
        assertTrue(milk.stream().anyMatch(f -> f.displayName().contains("vitamin")), titles(milk));

        List<FoodSummary> oats = foods.search("cereals oats instant fortified", null, Set.of(), 10);
        assertEquals(oats.size(), oats.stream().map(FoodSummary::displayName).distinct().count(), titles(oats));
        assertTrue(oats.stream().anyMatch(f -> f.displayName().contains("dry")), titles(oats));
    }

    @Test
    void oatmealFindsCookedOatmealFirst() {
        FoodSummary first = BundledCatalog.service().search("oatmeal", null, Set.of(), 10).get(0);
        assertTrue(Set.of("08121", "08180", "08123").contains(first.sourceId()), first.name());
        assertTrue(first.displayName().startsWith("Oatmeal"), first.displayName());
        assertTrue(first.kcalPer100g() < 100, "cooked, not dry oats at 389 kcal per 100 g: " + first.kcalPer100g());
    }

    @Test
    void greekYogurtFindsPlainYogurtInTheTopFive() {
        // SR24 lists no Greek yogurt; strained or not, plain yogurt is what a user can log.
        List<FoodSummary> top = BundledCatalog.service().search("greek yogurt", null, Set.of(), 5);
        assertTrue(top.stream().anyMatch(f -> f.name().startsWith("Yogurt, plain")), titles(top));
    }

    @Test
    void aCorrectedTypoSaysWhatWasSearched() {
        FoodService foods = BundledCatalog.service();
        FoodService.Results r = foods.find("chiken brest", null, Set.of(), 10);
        assertEquals("chicken breast", r.correctedQuery());
        assertTrue(r.items().get(0).name().startsWith("Chicken"), r.items().get(0).name());
        assertNull(foods.find("chicken breast", null, Set.of(), 10).correctedQuery(), "nothing to correct");
        assertNull(foods.find("chick", null, Set.of(), 10).correctedQuery(), "a word being typed is not a typo");
        assertNull(foods.find("mangetout", null, Set.of(), 10).correctedQuery(), "a regional name is not a typo");
        assertEquals("bananas", foods.find("bananna", null, Set.of(), 10).correctedQuery());
    }

    @Test
    void correctionsKeepTheQueryAndReplaceOnlyTheTypo() {
        assertEquals("chicken breast", Corrections.corrected("Chiken breast", List.of("Chiken"),
                "Chicken, broilers or fryers, breast, meat only, raw"));
        assertNull(Corrections.corrected("xyzzy", List.of("xyzzy"), "Bananas, raw"));
        assertEquals(1, Corrections.distance("chiken", "chicken"));
        assertEquals(1, Corrections.distance("brocolli", "broccoli") - 1);
        assertNotEquals(0, Corrections.distance("a", "b"));
    }

    private static String titles(List<FoodSummary> list) {
        return list.stream().map(f -> f.sourceId() + " " + f.displayName()).toList().toString();
    }
}
