package org.openplate.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoalSolverTest {

    private static final HallModel.Person WOMAN = new HallModel.Person(Sex.FEMALE, 40, 1.80, 80, 1.5);

    @Test
    void theIntakeFoundReachesTheTargetOnTheDay() {
        GoalSolver.Solution s = GoalSolver.solve(WOMAN, 75, 180);
        assertTrue(s.reachable(), s.message());
        HallModel m = new HallModel(WOMAN);
        double w = m.simulate(180, d -> d == 0 ? m.baselineIntakeKcal() : s.intakeKcal()).get(180).weightKg();
        assertEquals(75, w, 0.1);
        assertTrue(s.intakeKcal() < m.baselineIntakeKcal());
    }

    @Test
    void sameWeightIsBaselineAndGainIsASurplus() {
        HallModel m = new HallModel(WOMAN);
        assertEquals(m.baselineIntakeKcal(), GoalSolver.solve(WOMAN, 80, 90).intakeKcal(), 2);
        assertTrue(GoalSolver.solve(WOMAN, 83, 365).intakeKcal() > m.baselineIntakeKcal());
    }

    @Test
    void floorsAndSafePaceAreRespected() {
        GoalSolver.Solution tooFast = GoalSolver.solve(WOMAN, 60, 60);
        assertFalse(tooFast.reachable());
        assertTrue(tooFast.floorApplied());
        assertEquals(1200, tooFast.intakeKcal(), 1e-9);
        assertTrue(tooFast.message().contains("1200 kcal/day floor"), tooFast.message());
        assertTrue(tooFast.weightAtDateKg() > 60);
        // a pace above 1 % a week that is still above the floor
        HallModel.Person big = new HallModel.Person(Sex.MALE, 35, 1.85, 140, 1.8);
        GoalSolver.Solution fast = GoalSolver.solve(big, 128, 56);
        assertFalse(fast.reachable(), fast.message());
        assertFalse(fast.floorApplied());
    }
}
