package org.openplate.start;

import java.util.List;
import java.util.function.Predicate;
import org.openplate.account.AuthGuard;
import org.openplate.account.UserId;
import org.openplate.diary.DiaryFacts;
import org.openplate.diary.GetStartedCards;
import org.openplate.module.FeatureModule;
import org.openplate.module.Infra;
import org.openplate.module.WebKit;
import org.openplate.profile.ProfileService;
import org.openplate.web.Routes;
import org.openplate.weight.WeightService;

/**
 * Getting a new account started: the card on today's diary (profile, first food, today's weight,
 * a reminder). It sits above the features it reads, so the diary asks for it through its own port.
 */
public final class StartModule implements FeatureModule {

    private final AuthGuard guard;
    private final GetStartedService cards;

    /** {@code remindersChosen}: whether the user has saved their reminder settings (the notification feature). */
    public StartModule(Infra infra, AuthGuard guard, ProfileService profiles, WeightService weights, DiaryFacts diary,
                       Predicate<UserId> remindersChosen) {
        this.guard = guard;
        this.cards = new GetStartedService(new JdbiGetStartedRepository(infra.database().jdbi()), profiles, weights,
                diary, remindersChosen, infra.clock());
    }

    /** The card today's diary shows. */
    public GetStartedCards cards() {
        return cards;
    }

    @Override
    public List<Routes> routes(WebKit web) {
        return List.of(new StartPages(cards, guard, web.views()));
    }
}
