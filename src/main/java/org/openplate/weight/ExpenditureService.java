package org.openplate.weight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.diary.DiaryDays;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.energy.CalorieGoalResult;
import org.openplate.energy.ExpenditureEstimator;
import org.openplate.energy.HallModel;
import org.openplate.energy.Sex;
import org.openplate.energy.WeeklyGoal;
import org.openplate.nutrition.NutrientCatalog;
import org.openplate.profile.DailyGoal;
import org.openplate.profile.GoalChange;
import org.openplate.units.Measures;
import org.openplate.profile.GoalPrompt;
import org.openplate.profile.GoalService;
import org.openplate.profile.GoalSource;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;

/**
 * The user's expenditure estimated from their own logs, beside the formula's maintenance; the goal
 * it suggests (adopted through {@link GoalService}, which owns the goal in force and its history);
 * and the prompt to recalculate after a 10 lb (4.5 kg) change.
 */
public final class ExpenditureService implements GoalPrompts {

    /** Days of logs the estimate uses (ending yesterday: today's log is not finished). */
    public static final int WINDOW_DAYS = 28;
    /** Weight change since the goal was set that prompts a recalculation: 10 lb. */
    public static final double RECALCULATE_KG = 4.5;

    private final WeightRepository weights;
    private final GoalService goals;
    private final DiaryDays diary;
    private final ProfileService profiles;

    public ExpenditureService(WeightRepository weights, GoalService goals, DiaryDays diary,
                              ProfileService profiles) {
        this.weights = weights;
        this.goals = goals;
        this.diary = diary;
        this.profiles = profiles;
    }

    /**
     * @param suggestedGoalKcal the estimate adjusted for the weekly goal, floors applied
     * @param recalculate       weight has moved 4.5 kg or more since the goal was set
     * @param outOfRange        why the logs give no estimate although there are enough of them (plain words), or null
     */
    public record View(ExpenditureEstimator.Estimate estimate, Integer maintenanceKcal, Integer formulaGoalKcal,
                       Integer goalKcal, GoalSource goalSource, Integer suggestedGoalKcal, Double changeSinceGoalKg,
                       boolean recalculate, List<GoalChange> history, String outOfRange) {
    }

    /** The estimate, or the explanation of why the logs cannot give one, in plain words. */
    public static String explain(ExpenditureEstimator.OutOfRange reason) {
        return switch (reason) {
            case BELOW_MODEL -> "Your logs suggest intake is under-recorded: your weight has not fallen the way the food"
                    + " you logged would make it fall, even for someone who barely moves. Some meals or snacks may be"
                    + " missing from your diary, so no estimate is shown and your goal is not changed.";
            case ABOVE_MODEL -> "Your logs suggest intake is over-recorded or weigh-ins are missing: your weight has not"
                    + " risen the way the food you logged would make it rise, even for a very active person. Check for"
                    + " entries logged twice or too large, and weigh in regularly; no estimate is shown and your goal"
                    + " is not changed.";
            case NOT_COMPUTABLE -> "Your logged weights and food cannot be turned into an estimate: please check your"
                    + " weigh-ins and profile for typing mistakes. Your goal is not changed.";
        };
    }

    /** The expenditure estimate for the API and the reports: a figure, an explanation, or neither yet. */
    public record Summary(ExpenditureEstimator.Estimate estimate, String status, String message) {
    }

    /** No side effects: for the API and the reports. */
    public Summary summary(UserId user) {
        ExpenditureEstimator.Result r = assess(user, profiles.get(user));
        if (r.estimate() != null) {
            return new Summary(r.estimate(), "estimate", null);
        }
        if (r.outOfRange() != null) {
            return new Summary(null, switch (r.outOfRange()) {
                case BELOW_MODEL -> "intake-under-recorded";
                case ABOVE_MODEL -> "intake-over-recorded";
                case NOT_COMPUTABLE -> "not-computable";
            }, explain(r.outOfRange()));
        }
        return new Summary(null, "not-enough-data", NOT_ENOUGH_DATA);
    }

    private static final String NOT_ENOUGH_DATA =
            "Not enough data yet: the estimate needs 14 days with at least 7 days of food logged and 6 weigh-ins.";

    public View view(UserId user) {
        Profile p = profiles.get(user);
        Optional<CalorieGoalResult> formula = profiles.calorieGoal(p);
        ExpenditureEstimator.Result result = assess(user, p);
        Optional<ExpenditureEstimator.Estimate> estimate = result.valid();
        Double weightNow = weightNow(user, p);
        // The first time the goal is seen, it is recorded with today's weight: the baseline for the prompt.
        Optional<GoalChange> latest = goals.baseline(p, weightNow);
        Double change = latest.map(GoalChange::weightKg).filter(w -> weightNow != null).map(w -> weightNow - w)
                .orElse(null);
        Optional<DailyGoal> goal = goals.inForce(p);
        return new View(estimate.orElse(null), formula.map(f -> (int) Math.round(f.maintenanceKcal())).orElse(null),
                formula.map(CalorieGoalResult::dailyGoalKcal).orElse(null), goal.map(DailyGoal::kcal).orElse(null),
                goal.map(DailyGoal::source).orElse(GoalSource.FORMULA),
                estimate.map(e -> suggested(p, e.tdeeKcal())).orElse(null), change,
                change != null && Math.abs(change) >= RECALCULATE_KG, goals.history(user, 20),
                result.problem().map(ExpenditureService::explain).orElse(null));
    }

    private Double weightNow(UserId user, Profile p) {
        return weights.latest(user).map(WeighIn::weightKg).orElse(p.weightKg());
    }

    /** Smallest gap between the goal and the estimate's suggestion worth a prompt, kcal/day. */
    public static final int PROMPT_DIFFERENCE_KCAL = 100;

    /**
     * Why the daily goal could be updated now, if it could: the weight has moved 4.5 kg since the goal
     * was set, or the estimate suggests a goal at least 100 kcal/day away from the current one.
     *
     * The prompt's key names the reason and the goal change it is about.
     */
    @Override
    public Optional<GoalPrompt> updatePrompt(UserId user) {
        View v = view(user);
        Optional<GoalChange> latest = goals.latest(user);
        if (latest.isEmpty() || v.goalKcal() == null) {
            return Optional.empty();
        }
        String since = "goal-" + latest.get().changedAt().toEpochMilli();
        if (v.recalculate()) {
            double kg = v.changeSinceGoalKg();
            return Optional.of(new GoalPrompt(since + "-weight", "Your daily goal can be updated",
                    String.format(java.util.Locale.ROOT, "Your weight has changed by %.1f kg (%.1f lb) since your goal of"
                            + " %,d kcal was set. Recalculate it for the weight you are now.", Math.abs(kg),
                            Measures.kgToLb(Math.abs(kg)), v.goalKcal())));
        }
        if (v.suggestedGoalKcal() != null && Math.abs(v.suggestedGoalKcal() - v.goalKcal()) >= PROMPT_DIFFERENCE_KCAL) {
            return Optional.of(new GoalPrompt(since + "-estimate", "Your daily goal can be updated",
                    String.format(java.util.Locale.ROOT, "Your logs suggest you use about %,.0f kcal a day; for your weekly"
                            + " goal that means %,d kcal a day instead of %,d kcal.", v.estimate().tdeeKcal(),
                            v.suggestedGoalKcal(), v.goalKcal())));
        }
        return Optional.empty();
    }

    /** The estimate alone (no side effects), for charts. */
    public Optional<Double> estimateKcal(UserId user) {
        return assess(user, profiles.get(user)).valid().map(ExpenditureEstimator.Estimate::tdeeKcal);
    }

    /** Sets the daily goal from the estimate (plus the weekly-goal adjustment, floors applied); answers it in kcal. */
    public int adopt(UserId user) {
        Profile p = profiles.get(user);
        ExpenditureEstimator.Result r = assess(user, p);
        // An out-of-range result never becomes a goal: it is explained instead.
        ExpenditureEstimator.Estimate e = r.valid().orElseThrow(() -> new BadInputException(null,
                r.problem().map(ExpenditureService::explain).orElse(NOT_ENOUGH_DATA)));
        return goals.adopt(user, suggested(p, e.tdeeKcal()), weightNow(user, p),
                String.format(java.util.Locale.ROOT, "expenditure %.0f kcal/day (%.0f-%.0f)", e.tdeeKcal(), e.lowKcal(),
                        e.highKcal())).goalKcal();
    }

    /** Goes back to the profile's formula goal, recording the change (and the weight now); answers it in kcal. */
    public int useFormula(UserId user) {
        return goals.useFormula(user, weightNow(user, profiles.get(user))).goalKcal();
    }

    static int suggested(Profile p, double tdee) {
        WeeklyGoal g = p.goal();
        double goal = tdee + g.lbPerWeek() * WeeklyGoal.DAILY_KCAL_PER_LB_PER_WEEK;
        int floor = p.sex() == Sex.MALE ? CalorieGoalCalculator.FLOOR_KCAL_MEN : CalorieGoalCalculator.FLOOR_KCAL_WOMEN;
        return (int) Math.max(floor, Math.round(goal));
    }

    private ExpenditureEstimator.Result assess(UserId user, Profile p) {
        if (p.sex() == null || p.birthDate() == null || p.heightCm() == null) {
            return ExpenditureEstimator.Result.NOT_ENOUGH_DATA;
        }
        LocalDate today = profiles.today(p);
        LocalDate from = today.minusDays(WINDOW_DAYS);
        LocalDate to = today.minusDays(1);
        Map<LocalDate, Double> firstWeight = new LinkedHashMap<>();
        weights.list(user, from, to).forEach(w -> firstWeight.putIfAbsent(w.day(), w.weightKg()));
        Map<LocalDate, Double> intake = new LinkedHashMap<>();
        diary.daily(user, from, to).forEach(d -> {
            if (d.totals().items() > 0) {
                intake.put(d.day(), d.totals().totalOrZero(NutrientCatalog.ENERGY));
            }
        });
        // Start at the first day with any data, so empty leading days are not imputed.
        LocalDate start = from;
        while (!start.isAfter(to) && !firstWeight.containsKey(start) && !intake.containsKey(start)) {
            start = start.plusDays(1);
        }
        List<ExpenditureEstimator.Day> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new ExpenditureEstimator.Day(intake.get(d), firstWeight.get(d)));
        }
        int age = Math.max(18, p.ageOn(today).orElse(30));
        HallModel.Person person = new HallModel.Person(p.sex(), Math.min(100, age),
                Math.max(1.0, Math.min(2.5, p.heightCm() / 100)), 70, 1.5);
        return ExpenditureEstimator.assess(person, days);
    }
}
