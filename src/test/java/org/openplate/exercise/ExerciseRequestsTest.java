package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openplate.common.BadInputException;

/** The exercise form and JSON fields read at the edge: typed values, and the same field names and messages as before. */
class ExerciseRequestsTest {

    private static final ActivityCatalog CATALOG = ActivityCatalog.load();

    private static LogActivityRequest read(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return ExerciseRequests.logActivity(org.openplate.web.FieldReader.of(m), CATALOG);
    }

    private static void refused(String field, String message, String... pairs) {
        BadInputException e = assertThrows(BadInputException.class, () -> read(pairs));
        assertEquals(field, e.field());
        assertEquals(message, e.getMessage());
    }

    @Test
    void typedValuesFromText() {
        LogActivityRequest r = read("date", "2026-11-20", "activityCode", " 02101 ", "minutes", "20",
                "painBefore", "3", "painAfter", "2", "areas", "lower-back,hips", "effort", "strong",
                "redFlags", "");
        assertEquals(LocalDate.of(2026, 11, 20), r.date());
        assertEquals(ExerciseEntry.CARDIO, r.kind());
        assertEquals("02101", r.activity().code());
        assertEquals(20.0, r.minutes());
        assertNull(r.name(), "blank name: the service names it after the activity");
        CheckIn c = r.checkIn();
        assertEquals(3, c.painBefore());
        assertEquals(2, c.painAfter());
        assertEquals(Set.of(CheckIn.Area.LOWER_BACK, CheckIn.Area.HIPS), c.areas());
        assertEquals(30, c.holdSeconds());
        assertEquals(CheckIn.Effort.STRONG, c.effort());
        assertEquals(ExerciseEntry.STRENGTH, read("sets", "3").kind(), "sets alone mean strength");
        assertNull(read("activityCode", "12020", "minutes", "30", "painAfter", "99").checkIn(),
                "no check-in for jogging unless pain before is given");
        assertNull(read("kind", "cardio", "activityCode", "12020", "met", "abc").met(), "met is for custom entries");
    }

    @Test
    void wrongValuesNameTheFieldAndTheRange() {
        refused("date", "Date must be a date as yyyy-mm-dd.", "date", "2026-13-01");
        refused("kind", "Kind must be cardio, strength, custom or manual.", "kind", "yoga");
        refused("activityCode", "Activity code must be a code of the 2024 Compendium, e.g. 02101 (stretching).",
                "activityCode", "99999");
        refused("minutes", "Minutes must be more than 0 and at most 1,440 (24 h).", "minutes", "0");
        refused("minutes", "Minutes must be a number.", "minutes", "ten");
        refused("sets", "Sets must be a whole number from 1 to 100.", "sets", "101");
        refused("loadKg", "Load (kg) must be between 0 and 1,000.", "loadKg", "-1");
        refused("kcal", "Calories must be between 0 and 10,000.", "kcal", "10001");
        refused("met", "A custom activity needs its MET (0.9 to 25), its calories per minute or its total calories.", "kind", "custom",
                "name", "Climbing wall");
        refused("met", "MET value must be between 0.9 and 25.", "kind", "custom", "met", "30");
        refused("name", "Name must be at most 80 characters.", "kind", "manual", "kcal", "1", "name", "x".repeat(81));
        refused("painBefore", "Pain before is required: a whole number from 0 to 10.", "activityCode", "02101",
                "painAfter", "3");
        refused("painAfter", "Pain after must be a whole number from 0 to 10.", "activityCode", "02101",
                "painBefore", "3", "painAfter", "11");
        refused("effort", "Effort must be mild, strong or painful.", "activityCode", "02101", "painBefore", "3",
                "painAfter", "3", "effort", "hard");
        refused("areas", "Areas must be a comma-separated list of: lower-back, upper-back, neck, hips, hamstrings,"
                + " other.", "activityCode", "02101", "painBefore", "3", "painAfter", "3", "areas", "knee");
        BadInputException control = assertThrows(BadInputException.class, () -> read("name", "Run\u0000"));
        assertEquals("name", control.field(), "the control-character check of issue 13 stays");
    }

    @Test
    void netOfRestIsTrueFalseOrATickedBox() {
        assertTrue(ExerciseRequests.netOfRest("true"));
        assertTrue(ExerciseRequests.netOfRest("on"));
        assertFalse(ExerciseRequests.netOfRest("false"));
        for (String bad : new String[] {null, "yes", "tru\u0007e"}) {
            assertEquals("netOfRest", assertThrows(BadInputException.class, () -> ExerciseRequests.netOfRest(bad))
                    .field());
        }
        assertEquals("Net of rest must be true or false.", assertThrows(BadInputException.class,
                () -> ExerciseRequests.netOfRest("yes")).getMessage());
    }
}
