package org.openplate.weight;

import java.util.Optional;
import org.openplate.account.UserId;
import org.openplate.profile.GoalPrompt;

/**
 * Query port owned by the weight feature: is there a reason to update this user's daily goal (the
 * weight has moved 4.5 kg since the goal was set, or the expenditure estimate suggests a goal at
 * least 100 kcal/day away)? Implemented by {@link ExpenditureService}.
 */
public interface GoalPrompts {

    Optional<GoalPrompt> updatePrompt(UserId user);
}
