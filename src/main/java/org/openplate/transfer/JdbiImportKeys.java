package org.openplate.transfer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
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

    /** Rows remembered at once: external ids of one kind with their local rows (or nulls), in one prepared batch. */
    void rememberAll(UserId user, String source, String kind, List<String> externalIds, List<Long> localIds, long now) {
        if (externalIds.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO import_keys (user_id, source, external_id, kind, local_id,"
                + " imported_at) VALUES (:u, :s, :e, :k, :l, :now)");
        for (int i = 0; i < externalIds.size(); i++) {
            b.bind("u", user.value()).bind("s", source).bind("e", externalIds.get(i)).bind("k", kind)
                    .bindByType("l", localIds.get(i), Long.class).bind("now", now).add();
        }
        b.execute();
    }

    void remember(UserId user, String source, String externalId, String kind, Long localId, long now) {
        h.createUpdate("INSERT INTO import_keys (user_id, source, external_id, kind, local_id, imported_at) VALUES"
                        + " (:u, :s, :e, :k, :l, :now)").bind("u", user.value()).bind("s", source).bind("e", externalId)
                .bind("k", kind).bind("l", localId).bind("now", now).execute();
    }
}
