package org.openplate.weight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.openplate.account.UserId;
import org.openplate.common.BadInputException;
import org.openplate.units.WeightRange;
import org.openplate.profile.ProfileImports;
import org.openplate.storage.Transaction;

/**
 * Weigh-ins written by an import, inside the caller's transaction, with the rules of a weigh-in added
 * by hand ({@link WeightService}): the weight must be 25 to 400 kg and body fat 3 to 75 %, and once the
 * weigh-ins are in, the profile's weight follows the latest weigh-in. Call {@link #finish} after the
 * last {@link #add}.
 */
public final class WeighInImports {

    static final double MIN_BODY_FAT = 3;
    static final double MAX_BODY_FAT = 75;

    private final JdbiWeighInImports store;
    private final ProfileImports profiles;
    private final Set<UserId> added = new LinkedHashSet<>();

    private WeighInImports(JdbiWeighInImports store, ProfileImports profiles) {
        this.store = store;
        this.profiles = profiles;
    }

    public static WeighInImports in(Transaction tx) {
        return new WeighInImports(new JdbiWeighInImports(tx), ProfileImports.in(tx));
    }

    /**
     * Adds one weigh-in; returns its id. A weight or body fat out of range refuses the whole import
     * (the caller's transaction rolls back), with the day in the message.
     */
    public long add(UserId user, LocalDate day, long measuredAt, double weightKg, Double bodyFatPct, long now) {
        if (!WeightRange.contains(weightKg)) {
            throw new BadInputException("file", "The weigh-in of " + day + " must be " + WeightRange.textBoth() + ";"
                    + " nothing was imported.");
        }
        if (bodyFatPct != null && !(bodyFatPct >= MIN_BODY_FAT && bodyFatPct <= MAX_BODY_FAT)) {
            throw new BadInputException("file", "The body fat of " + day + " must be between 3 and 75 %;"
                    + " nothing was imported.");
        }
        long id = store.insert(user, new WeighIn(0, day, measuredAt, weightKg, bodyFatPct, null), now).id();
        added.add(user);
        return id;
    }

    /** The profile's weight follows each user's latest weigh-in, as after a weigh-in added by hand. */
    public void finish(Instant now) {
        for (UserId user : added) {
            store.latest(user).ifPresent(w -> profiles.followLatestWeighIn(user, w.weightKg(), now));
        }
        added.clear();
    }
}
