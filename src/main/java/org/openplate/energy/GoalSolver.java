package org.openplate.energy;

import java.util.List;

/**
 * The constant daily intake that brings a person to a target weight on a given day, by bisection on
 * the Hall model. Respects the calorie floors (1,200 kcal/day women, 1,500 men) and a safe pace of
 * at most 1 % of body weight a week; says when the date cannot be met within them. Pure.
 */
public final class GoalSolver {

    /** Faster than this share of body weight per week is not offered as safe. */
    public static final double MAX_SAFE_LOSS_PER_WEEK = 0.01;
    private static final double MAX_INTAKE = 6000;

    private GoalSolver() {
    }

    /**
     * @param intakeKcal     the intake to eat every day (floors applied)
     * @param reachable      whether the target is met by the day within the floor and the safe pace
     * @param weightAtDateKg the model's weight on the day at {@code intakeKcal}
     */
    public record Solution(double intakeKcal, boolean reachable, boolean floorApplied, double weightAtDateKg,
                           String message) {
    }

    public static Solution solve(HallModel.Person person, double targetKg, int days) {
        if (days < 1 || days > 3650) {
            throw new IllegalArgumentException("days must be 1-3,650");
        }
        HallModel model = new HallModel(person);
        double floor = person.sex() == Sex.MALE ? CalorieGoalCalculator.FLOOR_KCAL_MEN
                : CalorieGoalCalculator.FLOOR_KCAL_WOMEN;
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
        double weeks = days / 7.0;
        double pace = (person.weightKg() - targetKg) / weeks / person.weightKg();
        if (needed < floor) {
            double atFloor = weightAt(model, floor, days);
            return new Solution(floor, false, true, atFloor, String.format(java.util.Locale.ROOT,
                    "Reaching %.1f kg in %d days would need %.0f kcal/day, below the %.0f kcal/day floor."
                    + " At the floor you would weigh about %.1f kg by then.", targetKg, days, needed, floor, atFloor));
        }
        if (pace > MAX_SAFE_LOSS_PER_WEEK) {
            return new Solution(needed, false, false, weightAt(model, needed, days), String.format(
                    java.util.Locale.ROOT, "Losing %.1f kg in %d days is %.1f %% of your weight a week, faster than"
                    + " the 1 %% a week that is safe without medical supervision. Choose a later date.",
                    person.weightKg() - targetKg, days, 100 * pace));
        }
        return new Solution(needed, true, false, weightAt(model, needed, days), String.format(java.util.Locale.ROOT,
                "Eat about %.0f kcal/day to reach %.1f kg in %d days.", needed, targetKg, days));
    }

    private static double weightAt(HallModel model, double intake, int days) {
        List<HallModel.DayPoint> run = model.simulate(days, d -> d == 0 ? model.baselineIntakeKcal() : intake);
        return run.get(days).weightKg();
    }
}
