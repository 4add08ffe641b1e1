package org.openplate.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Speeds and paces as people type them and as the Compendium prints them, in mph. */
class ActivitySpeedTest {

    @Test
    void queriesInMphKmhAndPaces() {
        assertEquals(6, ActivitySpeed.inQuery("running 6 mph").orElseThrow().speed().middle(), 1e-9);
        assertEquals("running", ActivitySpeed.inQuery("running 6 mph").orElseThrow().rest());
        assertEquals(10 / ActivitySpeed.KM_PER_MILE, ActivitySpeed.inQuery("run 10 km/h").orElseThrow().speed()
                .middle(), 1e-9);
        assertEquals(60 / (5 * ActivitySpeed.KM_PER_MILE), ActivitySpeed.inQuery("5 min/km pace").orElseThrow()
                .speed().middle(), 1e-9);
        assertEquals(6, ActivitySpeed.inQuery("10 min/mile").orElseThrow().speed().middle(), 1e-9);
        assertEquals(60 / 5.5 / ActivitySpeed.KM_PER_MILE, ActivitySpeed.inQuery("5:30 min per km")
                .orElseThrow().speed().middle(), 1e-9);
        ActivitySpeed range = ActivitySpeed.inQuery("cycling 12-13.9 mph").orElseThrow().speed();
        assertEquals(12, range.low(), 1e-9);
        assertEquals(13.9, range.high(), 1e-9);
        assertTrue(ActivitySpeed.inQuery("running 6").isEmpty(), "a number without a unit is not a speed");
        assertTrue(ActivitySpeed.inQuery("0 mph").isEmpty());
        assertTrue(ActivitySpeed.inQuery("0 min/km").isEmpty());
    }

    @Test
    void descriptionsInTheCompendiumsForms() {
        assertEquals(new ActivitySpeed(6, 6.3), ActivitySpeed.inDescription("Running, 6-6.3 mph (10 min/mile)")
                .orElseThrow());
        assertEquals(new ActivitySpeed(4, 4.2), ActivitySpeed.inDescription("Running, 4 to 4.2 mph").orElseThrow());
        assertEquals(new ActivitySpeed(0, 10), ActivitySpeed.inDescription("Bicycling, <10 mph, leisure")
                .orElseThrow());
        assertEquals(new ActivitySpeed(0, 2), ActivitySpeed.inDescription("Walking, less than 2.0 mph, level")
                .orElseThrow());
        assertEquals(4.0, ActivitySpeed.inDescription("Walking, 4.0 to 4.4 mph (6.4 to 7.0 km/h), level")
                .orElseThrow().low(), 1e-9, "mph before km/h");
        assertEquals(10 / ActivitySpeed.KM_PER_MILE, ActivitySpeed.inDescription("Rollerskiing, 10 - 12.9 km/h")
                .orElseThrow().low(), 1e-9);
        assertTrue(ActivitySpeed.inDescription("Bicycling, general").isEmpty());
    }
}
