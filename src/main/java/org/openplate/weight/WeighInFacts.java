package org.openplate.weight;

import java.util.Optional;
import org.openplate.account.UserId;

/** Query port owned by the weight feature: a user's first and latest weigh-in (by day, then time measured). */
public interface WeighInFacts {

    Optional<WeighInFact> first(UserId user);

    Optional<WeighInFact> latest(UserId user);
}
