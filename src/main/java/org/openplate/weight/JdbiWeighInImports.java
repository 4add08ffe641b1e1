package org.openplate.weight;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/** The SQL behind {@link WeighInImports}: the repository's own statements, on the caller's transaction. */
final class JdbiWeighInImports {

    private final Handle h;

    JdbiWeighInImports(Transaction tx) {
        this.h = tx.handle();
    }

    WeighIn insert(UserId user, WeighIn w, long now) {
        return JdbiWeightRepository.insert(h, user, w, now);
    }

    Optional<WeighIn> latest(UserId user) {
        return JdbiWeightRepository.latest(h, user);
    }
}
