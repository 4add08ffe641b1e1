package org.openplate.common;

import java.util.Iterator;
import java.util.Map;

/** Room in the in-memory caches that hold at most a fixed number of entries. */
public final class BoundedMaps {

    private BoundedMaps() {
    }

    /**
     * Before {@code key} is put into {@code map}: when the map already holds {@code capacity} entries and
     * not this key, an eighth of the entries (at least one) goes, in the map's iteration order, which for
     * a hash map is no particular order. Cheaper than keeping an order of use, and enough for caches
     * whose entries are all rebuilt from the database.
     */
    public static <K> void makeRoom(Map<K, ?> map, int capacity, K key) {
        if (map.size() < capacity || map.containsKey(key)) {
            return;
        }
        int drop = Math.max(1, capacity / 8);
        for (Iterator<K> it = map.keySet().iterator(); it.hasNext() && drop > 0; drop--) {
            it.next();
            it.remove();
        }
    }
}
