package org.openplate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.openplate.testing.HttpSession;
import org.openplate.testing.TestApp;
import org.openplate.testing.TestDatabases;

class GoalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonOutputIsExactlyWhatTheApiReturns() throws Exception {
        Run r = run("goal", "--sex", "female", "--height", "5ft4in", "--weight", "150lb", "--age", "35",
                "--activity", "light", "--goal", "lose-1", "--json");
        assertEquals(0, r.code(), r.err());
        try (TestApp app = TestApp.start(TestDatabases.sqlite())) {
            String api = new HttpSession(app).get("/api/v1/calorie-goal?sex=female&height=5ft4in&weight=150lb&age=35"
                    + "&activity=light&goal=lose-1").body();
            assertEquals(JSON.readTree(api), JSON.readTree(r.out()));
        }
    }

    @Test
    void humanOutputShowsTheGoalFormulaAndUnits() throws Exception {
        Run r = run("goal", "--sex", "male", "--height", "180cm", "--weight", "80kg", "--age", "30",
                "--activity", "moderate", "--goal", "maintain", "--units", "metric");
        assertEquals(0, r.code(), r.err());
        Run us = run("goal", "--sex", "male", "--height", "180cm", "--weight", "80kg", "--age", "30",
                "--activity", "moderate", "--goal", "maintain", "--units", "us");
        assertTrue(us.out().contains("10 × (176.4 lb × 0.4536) + 6.25 × (70.9 in × 2.54) − 5 × 30 y + 5"), us.out());
        double maintenance = (10 * 80 + 6.25 * 180 - 5 * 30 + 5) * 1.55;
        assertTrue(r.out().contains(String.format("Daily calorie goal: %,d kcal/day", Math.round(maintenance))), r.out());
        assertTrue(r.out().contains("BMR"));
        assertTrue(r.out().contains("10 × 80.0 kg + 6.25 × 180.0 cm − 5 × 30 y + 5"), r.out());
    }

    @Test
    void usOutputGivesTheWeeklyChangeInPounds() {
        Run r = run("goal", "--sex", "female", "--height", "5ft4in", "--weight", "150lb", "--age", "35",
                "--activity", "light", "--goal", "lose-1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Expected change: -1 lb/week"), r.out());
        Run metric = run("goal", "--sex", "female", "--height", "5ft4in", "--weight", "150lb", "--age", "35",
                "--activity", "light", "--goal", "lose-1", "--units", "metric");
        assertTrue(metric.out().contains("Expected change: -0.45 kg/week"), metric.out());
    }

    @Test
    void badInputExitsWithCode2AndNamesTheField() {
        Run r = run("goal", "--sex", "male", "--height", "300cm", "--weight", "80kg", "--age", "30");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Height must be between 90 and 250 cm"), r.err());
    }
}
