package org.openplate.profile;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;

/** The SQL behind {@link ProfileImports}, on the caller's transaction; every statement is keyed by the user. */
final class JdbiProfileImports {

    private final Handle h;

    JdbiProfileImports(org.openplate.storage.Transaction tx) {
        this.h = tx.handle();
    }

    Optional<Double> weightKg(UserId user) {
        return h.createQuery("SELECT weight_kg FROM profiles WHERE user_id = :user").bind("user", user.value())
                .mapTo(Double.class).findOne();
    }

    boolean exists(UserId user) {
        return h.createQuery("SELECT COUNT(*) FROM profiles WHERE user_id = :user").bind("user", user.value())
                .mapTo(Integer.class).one() > 0;
    }

    void saveWeight(UserId user, double kg, Instant now) {
        if (!exists(user)) {
            JdbiProfileRepository.save(h, Profile.empty(user, now));
        }
        h.createUpdate("UPDATE profiles SET weight_kg = :kg, updated_at = :now WHERE user_id = :user")
                .bind("kg", kg).bind("now", now.toEpochMilli()).bind("user", user.value()).execute();
    }
}
