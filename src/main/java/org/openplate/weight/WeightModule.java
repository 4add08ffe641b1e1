package org.openplate.weight;

import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.diary.DiaryDays;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.profile.GoalService;
import org.openplate.profile.ProfileService;
import org.openplate.web.Routes;

/** Weigh-ins, the trend, projections and the adaptive expenditure estimate. */
public final class WeightModule implements FeatureModule {

    private final Infra infra;
    private final AuthGuard guard;
    private final WeightService weights;
    private final ExpenditureService expenditure;
    private final ProjectionService projections;
    private final WeighInFacts facts;

    public WeightModule(Infra infra, AuthGuard guard, ProfileService profiles, GoalService goals, DiaryDays diary) {
        this.infra = infra;
        this.guard = guard;
        JdbiWeightRepository repository = new JdbiWeightRepository(infra.database().jdbi());
        this.weights = new WeightService(repository, profiles, infra.clock());
        this.expenditure = new ExpenditureService(repository, goals, diary, profiles);
        this.projections = new ProjectionService(profiles, goals, weights);
        this.facts = new JdbiWeighInFacts(infra.database().jdbi());
    }

    public WeightService weights() {
        return weights;
    }

    public ExpenditureService expenditure() {
        return expenditure;
    }

    /** Batch reads for the notification scheduler. */
    public WeighInFacts facts() {
        return facts;
    }

    /** The goal-update prompt (from the expenditure estimate). */
    public GoalPrompts goalPrompts() {
        return expenditure;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new WeightApi(weights, expenditure, guard, infra.json()),
                new ProjectionApi(projections, weights, guard),
                new WeightPages(weights, projections, expenditure, guard, web.views()));
    }
}
