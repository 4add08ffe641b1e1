package org.openplate.transfer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.openplate.account.UserId;

/**
 * Old id (in the export) → id in this account, per table. Held in the database ({@code import_keys},
 * written for every restored row) with a small cache in front, so a restore's memory does not grow
 * with the number of rows. Every id it answers is a row the user owns (or a catalogue food).
 */
final class IdMap {

    private static final int CACHE = 20_000;

    private final Handle h;
    private final UserId user;
    private final String source;
    private final boolean same;
    private final Map<String, Long> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > CACHE;
        }
    };

    IdMap(Handle h, UserId user, String source, boolean same) {
        this.h = h;
        this.user = user;
        this.source = source;
        this.same = same;
    }

    void put(UserTables.Table t, long old, long local) {
        cache.put(t.name() + ":" + old, local);
    }

    Long get(UserTables.Table t, long old) {
        Long hit = cache.get(t.name() + ":" + old);
        if (hit != null) {
            return hit;
        }
        Optional<Long> prior = prior(t, old);
        if (prior.isPresent()) {
            return prior.get();
        }
        return same && owned(t, old) ? old : null;
    }

    /** The row an earlier restore of the same origin made from {@code old}, if the user still has it. */
    Optional<Long> prior(UserTables.Table t, long old) {
        Optional<Long> local = h.createQuery("SELECT local_id FROM import_keys WHERE user_id = :u AND source = :s"
                        + " AND external_id = :e").bind("u", user.value()).bind("s", source).bind("e", t.name() + ":" + old)
                .mapTo(Long.class).findOne();
        return local.isPresent() && local.get() != null && owned(t, local.get()) ? local : Optional.empty();
    }

    /** The row {@code id} of the table exists and belongs to the user. */
    boolean owned(UserTables.Table t, long id) {
        String sql = "SELECT COUNT(*) FROM " + t.name() + " WHERE " + t.id() + " = :id AND " + t.userColumn() + " = :u";
        return h.createQuery(sql).bind("id", id).bind("u", user.value()).mapTo(Integer.class).one() > 0;
    }
}
