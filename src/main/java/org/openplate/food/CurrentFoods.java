package org.openplate.food;

import java.util.concurrent.ConcurrentHashMap;
import org.openplate.common.BoundedMaps;

/**
 * Catalogue foods as read from the database while the search index had a given version, so that a day
 * summary or an add needs no SQL at all for the foods it shows while nothing in the index has changed.
 *
 * <p>Why this is as current as a kept day summary: every write to a food moves its row version forward, and
 * the index moves its own version whenever a sync indexes or removes a food: at once for a change made on
 * this instance, within one index sync (5 s) for a change made on another. A kept day summary is already
 * stamped with that same index version ({@code FoodService#foodsVersion}). The index version is read before
 * the row, so a food changed between the two reads is kept under the older version and read again after
 * the next sync.
 *
 * <p>Only catalogue foods (no owner) are kept: they are visible to everyone, and a user's own foods are read
 * afresh each time, as a search reads them. A food read through a look-up that leaves deleted foods out is
 * known to be live at that version; one read for a diary line (deleted foods included) is not, and serves
 * only diary lines. Deleting a food moves its row version, so one row version has one deleted state.
 * Bounded: when full, an arbitrary eighth is dropped.
 */
final class CurrentFoods {

    static final int DEFAULT_CAPACITY = 4_096;

    /** The version an index without a directory reader reports: nothing is kept under it. */
    static final long UNKNOWN = Long.MIN_VALUE;

    private record Known(Food food, long indexVersion, boolean live) {
    }

    private final ConcurrentHashMap<Long, Known> byId = new ConcurrentHashMap<>();
    private final int capacity;

    CurrentFoods(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /**
     * The catalogue food read at this index version, or null.
     *
     * @param liveOnly only a food known not to be deleted (for look-ups that leave deleted foods out)
     */
    Food get(long id, long indexVersion, boolean liveOnly) {
        Known k = indexVersion == UNKNOWN ? null : byId.get(id);
        return k != null && k.indexVersion() == indexVersion && (k.live() || !liveOnly) ? k.food() : null;
    }

    /**
     * Keeps a food read from the database at {@code indexVersion} (read before the row was); a user's own
     * food is not kept.
     *
     * @param live the food was read through a look-up that leaves deleted foods out
     */
    void put(Food food, long indexVersion, boolean live) {
        if (food.custom() || indexVersion == UNKNOWN) {
            return;
        }
        BoundedMaps.makeRoom(byId, capacity, food.id());
        byId.merge(food.id(), new Known(food, indexVersion, live), (old, now) ->
                // the same row version read both ways: what one read learnt about it being live stays
                old.food().updatedAt().equals(now.food().updatedAt()) && old.live() && !now.live()
                        ? new Known(now.food(), now.indexVersion(), true) : now);
    }

    int size() {
        return byId.size();
    }
}
