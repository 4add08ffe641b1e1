package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The bundled 2024 Compendium: complete, and searchable the way people type. */
class ActivityCatalogTest {

    private static final ActivityCatalog CATALOG = ActivityCatalog.load();

    @Test
    void allActivitiesOfThe2024EditionAreThere() {
        assertEquals(1109, CATALOG.size());
        Set<String> codes = new HashSet<>();
        for (Activity a : CATALOG.all()) {
            assertTrue(codes.add(a.code()), "unique code " + a.code());
            assertEquals("2024", a.edition());
            assertTrue(a.met() >= 0.9 && a.met() <= 25, a.code() + " MET " + a.met());
            assertTrue(a.code().matches("\\d{5}"), a.code());
        }
        Activity stretching = CATALOG.byCode("02101").orElseThrow();
        assertEquals("Stretching, mild", stretching.description());
        assertEquals(2.3, stretching.met(), 1e-12);
        assertTrue(stretching.flexibility());
        assertTrue(CATALOG.byCode("02175").orElseThrow().flexibility(), "yoga");
        assertTrue(CATALOG.byCode("02105").orElseThrow().flexibility(), "pilates");
        assertTrue(!CATALOG.byCode("12020").orElseThrow().flexibility(), "jogging is not");
        assertTrue(CATALOG.byCode("99999").isEmpty());
    }

    /** query → an acceptable answer in the top 3: codes, or "^Prefix" for any activity whose description starts so. */
    private static final String[][] RELEVANCE = {
        {"stretching", "02101"}, {"stretchng", "02101"}, {"stretches", "02101"}, {"jogging", "12020"},
        {"joging", "12020"}, {"running", "^Running"}, {"biking", "01014"}, {"cycling", "01014"},
        {"yoga", "02175,02150"}, {"yogaa", "02175,02150"}, {"pilates", "02105,02103"}, {"pilatis", "02105,02103"},
        {"weights", "02052,02054"}, {"weight lifting", "02052,02054"}, {"hiit", "02210,02214,01305"},
        {"vacuuming", "05043"}, {"walking the dog", "17165"}, {"swimming laps", "18240,18230"},
        {"elliptical", "02048,02049"}, {"rowing machine", "02070,02071"}, {"tennis", "15675,15676"},
        {"basketball", "15055"}, {"gardening", "08066,08245"}, {"hiking", "17080"}, {"spinning", "01270"},
        {"tai chi", "15670"}, {"push ups", "02022,02020"}, {"walking", "^Walking"}, {"swimming", "^Swimming"},
        {"dancing", "^Jazz dancing,^Contemporary dancing,^Ballroom"},
    };

    @Test
    void searchFindsWhatPeopleMean() {
        int ok = 0;
        List<String> misses = new ArrayList<>();
        for (String[] row : RELEVANCE) {
            List<Activity> top = CATALOG.search(row[0], 3);
            boolean hit = top.stream().anyMatch(a -> acceptable(a, row[1]));
            if (hit) {
                ok++;
            } else {
                misses.add(row[0] + " → " + top.stream().map(a -> a.code() + " " + a.description()).toList());
            }
        }
        double success = 100.0 * ok / RELEVANCE.length;
        System.out.printf("activity search: %d queries, success@3 %.1f %%%n", RELEVANCE.length, success);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(success >= 90, "success@3 " + success + " %: " + misses);
        assertTrue(CATALOG.search("   ", 5).isEmpty());
        assertTrue(CATALOG.search("qwxzv", 5).isEmpty(), "nonsense matches nothing");
    }

    /** The three known misses of the hand-written engine (issue 14): typos, speeds and everyday cycling. */
    @Test
    void aLetterOrTwoMissingStillFinds() {
        assertTrue(CATALOG.search("jogin", 3).stream().anyMatch(a -> a.code().equals("12020")));
        assertTrue(CATALOG.search("jogin", 3).get(0).description().startsWith("Jogging"));
        assertTrue(CATALOG.search("bicyclng", 3).stream().anyMatch(a -> a.code().equals("01014")));
        assertTrue(CATALOG.search("swiming", 3).stream().allMatch(a -> a.description().startsWith("Swimming")));
    }

    @Test
    void aSpeedOrPaceFindsTheRowForThatSpeed() {
        assertEquals("12050", CATALOG.search("running 6 mph", 3).get(0).code());
        assertEquals("12050", CATALOG.search("run 10 km/h", 3).get(0).code(), "10 km/h = 6.2 mph");
        assertEquals("17200", CATALOG.search("walking 3.5 mph", 3).get(0).code());
        assertEquals("01030", CATALOG.search("cycling 12-13.9 mph", 3).get(0).code());
        assertEquals("12080", CATALOG.search("5 min/km pace", 3).get(0).code(), "5 min/km = 7.5 mph");
        assertEquals("12050", CATALOG.search("running 10 min/mile", 3).get(0).code());
    }

    @Test
    void everydayCyclingFindsPlainBicyclingFirst() {
        for (String q : List.of("bike ride", "biking to work", "cycling", "bike")) {
            List<Activity> top = CATALOG.search(q, 3);
            assertTrue(top.get(0).description().startsWith("Bicycling"), q + " -> " + top);
            assertTrue(top.stream().noneMatch(a -> a.description().contains("E-bike")
                    || a.description().contains("hand bike")), q + " -> " + top);
        }
    }

    /** Seeded sweep: long, odd or pasted queries answer a bounded list and never fail. */
    @Test
    void oddQueriesNeverFail() {
        java.util.Random random = new java.util.Random(14);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -/.:*?\"'()[]{}~^!&|<>%\u00e9\u00fc";
        for (int i = 0; i < 300; i++) {
            StringBuilder q = new StringBuilder();
            int length = 1 + random.nextInt(i % 10 == 0 ? 5000 : 40);
            for (int k = 0; k < length; k++) {
                q.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertTrue(CATALOG.search(q.toString(), 5).size() <= 5, q.toString());
        }
        StringBuilder pasted = new StringBuilder("running");
        for (int i = 0; i < 2000; i++) {
            pasted.append(" walking").append(i);
        }
        assertTrue(CATALOG.search(pasted.toString(), 3).size() <= 3, "a pasted paragraph stays a bounded query");
        assertEquals(CATALOG.search("running", 3), CATALOG.search("running running Running", 3), "repeats count once");
        assertTrue(CATALOG.search("x".repeat(300), 3).isEmpty());
    }

    private static boolean acceptable(Activity a, String spec) {
        for (String s : spec.split(",")) {
            if (s.startsWith("^") ? a.description().startsWith(s.substring(1)) : a.code().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
