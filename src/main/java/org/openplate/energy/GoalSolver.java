package org.openplate.energy;

import java.util.List;

/**
 * The constant daily intake that brings a person to a target weight on a given day, by bisection on
 * the Hall model. Respects the calorie floors (1,200 kcal/day women, 1,500 men) and a safe pace of
 * at most 1 % of body weight a week; says when the date cannot be met within them, and what can be met
 * instead. The answer is a typed value; the pages and the API put it into words and the user's units. Pure.
 */
public final class GoalSolver {

    /** Faster than this share of body weight per week is not offered as safe. */
    public static final double MAX_SAFE_LOSS_PER_WEEK = 0.01;
    /** The longest horizon searched, for the solver's days and for "reachable at the floor by". */
    public static final int MAX_DAYS = 3650;
    private static final double MAX_INTAKE = 6000;

    private GoalSolver() {
    }

    /** Why the answer is what it is. */
    public enum Outcome {
        /** {@code intakeKcal} reaches the target on the day, within the floor and the safe pace. */
        REACHABLE,
        /** The day would need less than the floor; {@code intakeKcal} is the floor. */
        BELOW_FLOOR,
        /** The day would need a loss faster than {@link #MAX_SAFE_LOSS_PER_WEEK}. */
        TOO_FAST
    }

    /**
     * @param intakeKcal      the intake to eat every day: the solved one, or the floor when {@link Outcome#BELOW_FLOOR}
     * @param floorKcal       the calorie floor for the person's sex
     * @param weightAtDateKg  the model's weight on the day at {@code intakeKcal}
     * @param weeklyLossShare the loss asked for, as a share of body weight a week (negative for a gain)
     * @param daysInstead     for {@link Outcome#BELOW_FLOOR}: days until the floor reaches the target (null if it
     *                        never does within {@link #MAX_DAYS}); for {@link Outcome#TOO_FAST}: days at the safe
     *                        pace; null when {@link Outcome#REACHABLE}
     */
    public record Solution(Outcome outcome, double targetKg, int days, double intakeKcal, double floorKcal,
                           double weightAtDateKg, double weeklyLossShare, Integer daysInstead) {

        public boolean reachable() {
            return outcome == Outcome.REACHABLE;
        }

        public boolean floorApplied() {
            return outcome == Outcome.BELOW_FLOOR;
        }
    }

    public static Solution solve(HallModel.Person person, double targetKg, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("days must be 1-3,650");
        }
        HallModel model = new HallModel(person);
        double floor = floorKcal(person.sex());
        double lo = 0;
        double hi = MAX_INTAKE;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (weightAt(model, mid, days) < targetKg) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double needed = (lo + hi) / 2;
        double pace = (person.weightKg() - targetKg) / (days / 7.0) / person.weightKg();
        if (needed < floor) {
            return new Solution(Outcome.BELOW_FLOOR, targetKg, days, floor, floor, weightAt(model, floor, days), pace,
                    daysToReach(model, floor, targetKg));
        }
        if (pace > MAX_SAFE_LOSS_PER_WEEK) {
            int safeDays = (int) Math.ceil(7 * (person.weightKg() - targetKg)
                    / (MAX_SAFE_LOSS_PER_WEEK * person.weightKg()));
            return new Solution(Outcome.TOO_FAST, targetKg, days, needed, floor, weightAt(model, needed, days), pace,
                    safeDays);
        }
        return new Solution(Outcome.REACHABLE, targetKg, days, needed, floor, weightAt(model, needed, days), pace, null);
    }

    /** 1,500 kcal/day for men, 1,200 for women ({@link CalorieGoalCalculator}). */
    public static double floorKcal(Sex sex) {
        return sex == Sex.MALE ? CalorieGoalCalculator.FLOOR_KCAL_MEN : CalorieGoalCalculator.FLOOR_KCAL_WOMEN;
    }

    private static Integer daysToReach(HallModel model, double intake, double targetKg) {
        List<HallModel.DayPoint> run = model.simulate(MAX_DAYS, d -> d == 0 ? model.baselineIntakeKcal() : intake);
        for (HallModel.DayPoint p : run) {
            if (p.weightKg() <= targetKg) {
                return p.day();
            }
        }
        return null;
    }

    private static double weightAt(HallModel model, double intake, int days) {
        List<HallModel.DayPoint> run = model.simulate(days, d -> d == 0 ? model.baselineIntakeKcal() : intake);
        return run.get(days).weightKg();
    }
}
