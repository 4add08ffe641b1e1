package org.openplate.weight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** A weigh-in to add. */
    public record NewWeighIn(LocalDate day, long measuredAt, double weightKg, Double bodyFatPct) {
    }

    /**
     * Adds one weigh-in; returns its id. A weight or body fat out of range refuses the whole import
     * (the caller's transaction rolls back), with the day in the message.
     */
    public long add(UserId user, LocalDate day, long measuredAt, double weightKg, Double bodyFatPct, long now) {
        return addAll(user, List.of(new NewWeighIn(day, measuredAt, weightKg, bodyFatPct)), now)[0];
    }

    /**
     * Adds weigh-ins, all checked as by {@link #add} before any is written, in multi-row INSERTs;
     * returns their ids in the same order.
     */
    public long[] addAll(UserId user, List<NewWeighIn> weighIns, long now) {
        List<WeighIn> rows = new ArrayList<>(weighIns.size());
        for (NewWeighIn w : weighIns) {
            if (!WeightRange.contains(w.weightKg())) {
                throw new BadInputException("file", "The weigh-in of " + w.day() + " must be " + WeightRange.textBoth()
                        + "; nothing was imported.");
            }
            if (w.bodyFatPct() != null && !(w.bodyFatPct() >= MIN_BODY_FAT && w.bodyFatPct() <= MAX_BODY_FAT)) {
                throw new BadInputException("file", "The body fat of " + w.day() + " must be between 3 and 75 %;"
                        + " nothing was imported.");
            }
            rows.add(new WeighIn(0, w.day(), w.measuredAt(), w.weightKg(), w.bodyFatPct(), null));
        }
        long[] ids = rows.isEmpty() ? new long[0] : store.insertAll(user, rows, now);
        if (!rows.isEmpty()) {
            added.add(user);
        }
        return ids;
    }

    /** The profile's weight follows each user's latest weigh-in, as after a weigh-in added by hand. */
    public void finish(Instant now) {
        for (UserId user : added) {
            store.latest(user).ifPresent(w -> profiles.followLatestWeighIn(user, w.weightKg(), now));
        }
        added.clear();
    }
}
