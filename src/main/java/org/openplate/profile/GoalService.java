package org.openplate.profile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.energy.CalorieGoalResult;

/**
 * The one owner of "the daily goal in force": the profile's formula goal, unless the latest change in
 * the goal history set a goal from the expenditure estimate; the history itself; and adopting a new
 * goal or going back to the formula. Other features ask this service and never read
 * {@code goal_changes}.
 */
public final class GoalService {

    private final GoalRepository history;
    private final ProfileService profiles;
    private final Clock clock;

    public GoalService(GoalRepository history, ProfileService profiles, Clock clock) {
        this.history = history;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The goal in force for the user, empty while the profile is incomplete and no adaptive goal is set. */
    public Optional<DailyGoal> inForce(UserId user) {
        return inForce(profiles.get(user));
    }

    /** As {@link #inForce(UserId)} for a profile already read. */
    public Optional<DailyGoal> inForce(Profile profile) {
        Optional<GoalChange> latest = history.latest(profile.userId());
        if (latest.isPresent() && latest.get().source() == GoalSource.ADAPTIVE) {
            return Optional.of(new DailyGoal(latest.get().goalKcal(), GoalSource.ADAPTIVE, latest.get().changedAt()));
        }
        Instant since = latest.filter(c -> c.source() == GoalSource.FORMULA).map(GoalChange::changedAt).orElse(null);
        return profiles.calorieGoal(profile).map(g -> new DailyGoal(g.dailyGoalKcal(), GoalSource.FORMULA, since));
    }

    /** Just the kcal of {@link #inForce(UserId)}. */
    public Optional<Integer> kcal(UserId user) {
        return inForce(user).map(DailyGoal::kcal);
    }

    /** The goal changes, newest first, at most {@code limit}. */
    public List<GoalChange> history(UserId user, int limit) {
        return history.history(user, limit);
    }

    public Optional<GoalChange> latest(UserId user) {
        return history.latest(user);
    }

    /**
     * The latest goal change; the first time a complete profile's goal is seen it is recorded with the
     * weight now, as the baseline for the "goal can be updated" prompt.
     */
    public Optional<GoalChange> baseline(Profile profile, Double weightKgNow) {
        Optional<GoalChange> latest = history.latest(profile.userId());
        if (latest.isPresent()) {
            return latest;
        }
        return profiles.calorieGoal(profile).map(f -> record(profile.userId(), f.dailyGoalKcal(), GoalSource.FORMULA,
                weightKgNow, "goal from the profile"));
    }

    /** Sets the daily goal from the user's expenditure estimate; it stays in force until the next change. */
    public GoalChange adopt(UserId user, int goalKcal, Double weightKgNow, String note) {
        return record(user, goalKcal, GoalSource.ADAPTIVE, weightKgNow, note);
    }

    /** Goes back to the profile's formula goal, recording the change and the weight now. */
    public GoalChange useFormula(UserId user, Double weightKgNow) {
        CalorieGoalResult f = profiles.calorieGoal(profiles.get(user)).orElseThrow(() -> new BadInputException(null,
                "Complete your profile (sex, date of birth, height, weight) for a formula goal."));
        return record(user, f.dailyGoalKcal(), GoalSource.FORMULA, weightKgNow, "recalculated from the profile");
    }

    private GoalChange record(UserId user, int kcal, GoalSource source, Double weightKg, String note) {
        GoalChange c = new GoalChange(0, Instant.now(clock), kcal, source, weightKg, note);
        history.add(user, c);
        return c;
    }
}
