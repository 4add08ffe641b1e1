package org.openplate.weight;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openplate.energy.GoalSolver;
import org.openplate.energy.HallModel;
import org.openplate.energy.Sex;
import org.openplate.units.UnitSystem;

class SolverWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theIssuesCaseNamesTheFloorAndADateNotZeroKcal() {
        HallModel.Person p = new HallModel.Person(Sex.FEMALE, 36, 1.6256, 54.4, 1.2);
        GoalSolver.Solution s = GoalSolver.solve(p, 45.36, 30);
        String text = SolverWords.say(s, TODAY, 54.4, UnitSystem.US);
        assertTrue(text.startsWith("Reaching 100.0 lb by Thu 31 Dec 2026 would need less than 1,200 kcal a day"), text);
        assertFalse(text.contains(" kg"), text);
        assertFalse(text.matches("(?s).*\\b0 kcal.*"), text);
    }

    /** Property-style: whatever is asked, the words never name 0 kcal, nor kg to a user in lb, nor an ISO date. */
    @Test
    void aSeededSweepNeverSaysZeroKcalKgOrIsoDates() {
        Random r = new Random(42);
        for (int i = 0; i < 40; i++) {
            double kg = 45 + r.nextDouble() * 80;
            HallModel.Person p = new HallModel.Person(r.nextBoolean() ? Sex.MALE : Sex.FEMALE, 30, 1.55 + r.nextDouble()
                    * 0.35, kg, 1.4);
            GoalSolver.Solution s = GoalSolver.solve(p, 35 + r.nextDouble() * 100, 7 + r.nextInt(400));
            String text = SolverWords.say(s, TODAY, kg, UnitSystem.US);
            assertFalse(text.matches("(?s).*\\b0 kcal.*"), text);
            assertFalse(text.contains("kg"), text);
            assertFalse(text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), text);
        }
    }
}
