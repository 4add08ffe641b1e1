package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {

    @Test
    void jsonTrajectoryMatchesTheWorkedCase() throws Exception {
        GoalCommandTest.Run r = GoalCommandTest.run("simulate", "--sex", "female", "--age", "40", "--height", "180cm",
                "--weight", "80kg", "--pal", "1.5", "--intake-change", "-250", "--days", "1095", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode days = new ObjectMapper().readTree(r.out()).get("days");
        assertEquals(1096, days.size());
        assertEquals(0, days.get(0).get("day").asInt());
        assertEquals(80.0, days.get(0).get("weightKg").asDouble(), 1e-9);
        assertEquals(73.18, days.get(365).get("weightKg").asDouble(), 0.2);
        assertEquals(68.98, days.get(1095).get("weightKg").asDouble(), 0.2);
    }

    @Test
    void textOutputAndBadInput() {
        GoalCommandTest.Run r = GoalCommandTest.run("simulate", "--sex", "male", "--age", "35", "--height", "5ft11in",
                "--weight", "200lb", "--intake-change", "-500", "--days", "365");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3,500-kcal rule would say -23.70 kg"), r.out());
        GoalCommandTest.Run bad = GoalCommandTest.run("simulate", "--sex", "female", "--age", "40", "--height",
                "180cm", "--weight", "80kg", "--days", "0");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--days must be 1-36,500"), bad.err());
        assertFalse(bad.err().contains("Exception"));
        GoalCommandTest.Run badWeight = GoalCommandTest.run("simulate", "--sex", "female", "--age", "40", "--height",
                "180cm", "--weight", "heavy");
        assertEquals(2, badWeight.code());
    }
}
