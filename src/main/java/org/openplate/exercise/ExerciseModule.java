package org.openplate.exercise;

import java.util.List;
import org.openplate.account.AuthGuard;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.profile.ProfileService;
import org.openplate.web.Routes;

/** The exercise log over the 2024 Compendium, with back-care check-ins and their advice. */
public final class ExerciseModule implements FeatureModule {

    private final Infra infra;
    private final AuthGuard guard;
    private final ExerciseService exercise;

    /** @param alerts where back-care advice after a check-in is posted (the notification feed) */
    public ExerciseModule(Infra infra, AuthGuard guard, ProfileService profiles, ExerciseService.BackCareAlerts alerts) {
        this.infra = infra;
        this.guard = guard;
        this.exercise = new ExerciseService(new JdbiExerciseRepository(infra.database().jdbi()), ActivityCatalog.load(),
                profiles, infra.clock(), alerts);
    }

    public ExerciseService exercise() {
        return exercise;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new ExerciseApi(exercise, guard, infra.json()), new ExercisePages(exercise, guard, web.views()));
    }
}
