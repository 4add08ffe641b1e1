package org.openplate.transfer;

import java.util.HashSet;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;
import org.openplate.storage.Transaction;

/** The import's own bookkeeping ({@code import_keys}: which external rows became which local rows), on the caller's transaction. */
final class JdbiImportKeys {

    private final Handle h;

    JdbiImportKeys(Transaction tx) {
        this.h = tx.handle();
    }

    /** The external ids already imported from a source into the user's account. */
    Set<String> known(UserId user, String source) {
        return new HashSet<>(h.createQuery("SELECT external_id FROM import_keys WHERE user_id = :u AND source = :s")
                .bind("u", user.value()).bind("s", source).mapTo(String.class).list());
    }

    void remember(UserId user, String source, String externalId, String kind, Long localId, long now) {
        h.createUpdate("INSERT INTO import_keys (user_id, source, external_id, kind, local_id, imported_at) VALUES"
                        + " (:u, :s, :e, :k, :l, :now)").bind("u", user.value()).bind("s", source).bind("e", externalId)
                .bind("k", kind).bind("l", localId).bind("now", now).execute();
    }
}
