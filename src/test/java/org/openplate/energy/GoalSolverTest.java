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
        assertTrue(s.reachable(), s.toString());
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
        assertEquals(GoalSolver.Outcome.BELOW_FLOOR, tooFast.outcome());
        assertTrue(tooFast.weightAtDateKg() > 60);
        // a pace above 1 % a week that is still above the floor
        HallModel.Person big = new HallModel.Person(Sex.MALE, 35, 1.85, 140, 1.8);
        GoalSolver.Solution fast = GoalSolver.solve(big, 128, 56);
        assertFalse(fast.reachable(), fast.toString());
        assertFalse(fast.floorApplied());
    }

    @Test
    void belowTheFloorTheAnswerIsTheFloorAndTheDayTheFloorReachesTheTarget() {
        GoalSolver.Solution s = GoalSolver.solve(WOMAN, 60, 60);
        assertEquals(GoalSolver.Outcome.BELOW_FLOOR, s.outcome());
        assertEquals(1200, s.floorKcal(), 1e-9);
        HallModel m = new HallModel(WOMAN);
        var run = m.simulate(GoalSolver.MAX_DAYS, d -> d == 0 ? m.baselineIntakeKcal() : 1200);
        if (s.daysInstead() == null) {
            assertTrue(run.get(GoalSolver.MAX_DAYS).weightKg() > 60, "never reached in ten years");
        } else {
            int day = s.daysInstead();
            assertTrue(day > 60);
            assertTrue(run.get(day).weightKg() <= 60 && run.get(day - 1).weightKg() > 60, "the first day at 60 kg");
        }
    }

    @Test
    void tooFastOffersTheDayASafePaceReaches() {
        HallModel.Person big = new HallModel.Person(Sex.MALE, 35, 1.85, 140, 1.8);
        GoalSolver.Solution fast = GoalSolver.solve(big, 128, 56);
        assertEquals(GoalSolver.Outcome.TOO_FAST, fast.outcome());
        assertTrue(fast.weeklyLossShare() > GoalSolver.MAX_SAFE_LOSS_PER_WEEK);
        double pace = 12.0 / (fast.daysInstead() / 7.0) / 140;
        assertTrue(pace <= GoalSolver.MAX_SAFE_LOSS_PER_WEEK + 1e-12, "safe at the offered day");
        assertTrue(12.0 / ((fast.daysInstead() - 1) / 7.0) / 140 > GoalSolver.MAX_SAFE_LOSS_PER_WEEK, "and not before");
    }

    /** Property-style: across seeded random people, targets and dates, the intake is never under the floor. */
    @Test
    void theIntakeIsNeverUnderTheFloorInASeededSweep() {
        java.util.Random r = new java.util.Random(1512);
        for (int i = 0; i < 60; i++) {
            Sex sex = r.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            HallModel.Person p = new HallModel.Person(sex, 18 + r.nextInt(70), 1.5 + r.nextDouble() * 0.4,
                    45 + r.nextDouble() * 100, 1.2 + r.nextDouble() * 0.7);
            double target = 35 + r.nextDouble() * 120;
            int days = 7 + r.nextInt(720);
            GoalSolver.Solution s = GoalSolver.solve(p, target, days);
            assertTrue(s.intakeKcal() >= GoalSolver.floorKcal(sex), s.toString());
            if (s.outcome() != GoalSolver.Outcome.BELOW_FLOOR) {
                assertEquals(s.outcome() == GoalSolver.Outcome.REACHABLE, s.daysInstead() == null, s.toString());
            }
        }
    }
}
