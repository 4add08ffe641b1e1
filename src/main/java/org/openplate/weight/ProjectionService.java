package org.openplate.weight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.GoalSolver;
import org.openplate.energy.HallModel;
import org.openplate.energy.HealthyWeight;
import org.openplate.profile.DailyGoal;
import org.openplate.profile.GoalService;
import org.openplate.profile.Profile;
import org.openplate.profile.ProfileService;
import org.openplate.units.HealthWarning;

/**
 * Projections for a user's profile and the daily goal in force ({@link GoalService#inForce}: the
 * formula goal, or an adopted goal from the expenditure estimate) on the Hall model, and the goal solver.
 */
final class ProjectionService {

    private final ProfileService profiles;
    private final GoalService goals;
    private final WeightService weights;

    public ProjectionService(ProfileService profiles, GoalService goals, WeightService weights) {
        this.profiles = profiles;
        this.goals = goals;
        this.weights = weights;
    }

    /** Health sense (issue 15 section 4): a target or a plateau under a healthy weight for the height. */
    static List<HealthWarning> warnings(HallModel.Person person, Profile p, Double target, double plateau) {
        double keep = HealthyWeight.maintenanceKcal(person, HealthWarning.healthyMinKg(p.heightCm(), p.units()));
        List<HealthWarning> out = new ArrayList<>();
        if (target != null) {
            HealthWarning.target(target, p.heightCm(), p.units(), keep).ifPresent(out::add);
        }
        HealthWarning.plateau(plateau, p.heightCm(), p.units(), keep).ifPresent(out::add);
        return out;
    }

    /** Empty until the profile has sex, birth date, height and weight. */
    public Optional<Projection> project(UserId user, ProjectionQuery query) {
        Profile p = profiles.get(user);
        Optional<DailyGoal> goal = profiles.calculatorInput(p).flatMap(in -> goals.inForce(p));
        if (goal.isEmpty()) {
            return Optional.empty();
        }
        LocalDate today = profiles.today(p);
        int age = p.ageOn(today).orElseThrow();
        double start = Optional.ofNullable(weights.series(user, today.minusDays(1), today).latestTrendKg())
                .orElse(p.weightKg());
        double heightM = p.heightCm() / 100;
        if (heightM < 1.0 || heightM > 2.5 || start < 30 || start > 350) {
            // The profile accepts 90-250 cm and 25-400 kg; the body-weight model covers 1.0-2.5 m and 30-350 kg.
            // Outside that there is no projection (the page says so) rather than an error.
            return Optional.empty();
        }
        HallModel.Person person = new HallModel.Person(p.sex(), Math.min(100, Math.max(18, age)), heightM, start,
                p.activity().factor());
        HallModel model = new HallModel(person);
        int goalKcal = goal.get().kcal();
        List<HallModel.DayPoint> run = model.simulate(Projection.DAYS, d -> d == 0 ? model.baselineIntakeKcal() : goalKcal);
        double plateau = model.plateauWeightKg(goalKcal);
        Double target = query.targetKg() != null ? query.targetKg() : p.targetWeightKg();
        LocalDate reached = null;
        if (target != null) {
            boolean losing = target < start;
            for (HallModel.DayPoint d : run) {
                if (losing ? d.weightKg() <= target : d.weightKg() >= target) {
                    reached = today.plusDays(d.day());
                    break;
                }
            }
        }
        GoalSolver.Solution solution = null;
        LocalDate by = query.by();
        if (by != null) {
            if (target == null) {
                throw new BadInputException("target", "target weight is required to solve for a date.");
            }
            long days = ChronoUnit.DAYS.between(today, by);
            if (days < 7 || days > 3650) {
                throw new BadInputException("by", "by must be between a week and ten years from today.");
            }
            solution = GoalSolver.solve(person, target, (int) days);
        }
        return Optional.of(new Projection(today, start, goalKcal, model.baselineIntakeKcal(), run, plateau, target,
                reached, solution, by, p.units(), warnings(person, p, target, plateau)));
    }
}
