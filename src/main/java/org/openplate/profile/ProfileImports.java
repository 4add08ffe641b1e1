package org.openplate.profile;

import java.time.Instant;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/**
 * The profile's part of an import, inside the caller's transaction: the same rule as a weigh-in
 * added by hand ({@code weight/WeightService}), the profile's weight follows the latest weigh-in, so
 * goals and exercise calories use it.
 */
public final class ProfileImports {

    private final JdbiProfileImports store;

    private ProfileImports(JdbiProfileImports store) {
        this.store = store;
    }

    public static ProfileImports in(Transaction tx) {
        return new ProfileImports(new JdbiProfileImports(tx));
    }

    /** Sets the profile's weight to the latest weigh-in's, when it differs (the profile's time stamp moves then only). */
    public void followLatestWeighIn(UserId user, double latestKg, Instant now) {
        Double current = store.weightKg(user).orElse(null);
        if (current == null || Math.abs(current - latestKg) > 1e-9) {
            store.saveWeight(user, latestKg, now);
        }
    }
}
