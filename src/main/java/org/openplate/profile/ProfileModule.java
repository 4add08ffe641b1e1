package org.openplate.profile;

import java.util.List;
import org.openplate.account.AccountModule;
import org.openplate.account.AuthGuard;
import org.openplate.energy.CalorieGoalCalculator;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.web.Routes;

/** Body stats, preferences, the calorie-goal calculator and the goal in force. */
public final class ProfileModule implements FeatureModule {

    private final Infra infra;
    private final AuthGuard guard;
    private final CalorieGoalCalculator calculator = new CalorieGoalCalculator();
    private final ProfileService profiles;
    private final GoalService goals;
    private final ProfileFacts facts;

    public ProfileModule(Infra infra, AccountModule account) {
        this(infra, account, FirstWeight.NONE);
    }

    /** {@code firstWeight}: what records a profile's first weight as a weigh-in (the weight feature). */
    public ProfileModule(Infra infra, AccountModule account, FirstWeight firstWeight) {
        this.infra = infra;
        this.guard = account.guard();
        this.profiles = new ProfileService(new JdbiProfileRepository(infra.database().jdbi()), calculator,
                infra.clock(), firstWeight);
        this.goals = new GoalService(new JdbiGoalRepository(infra.database().jdbi()), profiles, infra.clock());
        this.facts = new JdbiProfileFacts(infra.database().jdbi());
    }

    public ProfileService profiles() {
        return profiles;
    }

    /** The daily goal in force, its history and adopting a new one. */
    public GoalService goals() {
        return goals;
    }

    /** What sign-up does for the profile: carries the calculator's entries into the new account's profile. */
    public org.openplate.account.SignUpHook signUp() {
        return new ProfileSignUp(profiles);
    }

    /** Batch reads for the notification scheduler. */
    public ProfileFacts facts() {
        return facts;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(
                new CalculatorPages(calculator, profiles, guard, web.views()),
                new CalculatorApi(calculator),
                new ProfilePages(profiles, guard, web.views()),
                new ProfileApi(profiles, guard, infra.json()));
    }
}
