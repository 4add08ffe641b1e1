package org.openplate.food;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.openplate.common.BoundedMaps;

/**
 * Foods already decoded from their rows, by id. A diary day or a search reads the same few hundred
 * foods again and again, and decoding a row's nutrient JSON was about a third of a day summary's work.
 * An entry is used only while the row's version ({@code updated_at}, which every write to a food moves
 * forward) and owner are the ones it was decoded from, so a change made by any instance is seen at the
 * next read: the row is always read, only the decoding is skipped. Bounded: when full, an arbitrary
 * eighth is dropped (the hot foods come straight back).
 */
final class DecodedFoods {

    static final int DEFAULT_CAPACITY = 4_096;

    private final ConcurrentHashMap<Long, Food> byId = new ConcurrentHashMap<>();
    private final int capacity;

    DecodedFoods(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** The decoded food for this row version, or null. */
    Food get(long id, long version, Long ownerId) {
        Food f = byId.get(id);
        return f != null && f.updatedAt().toEpochMilli() == version && Objects.equals(f.ownerId(), ownerId) ? f : null;
    }

    void put(Food food) {
        BoundedMaps.makeRoom(byId, capacity, food.id());
        byId.put(food.id(), food);
    }

    int size() {
        return byId.size();
    }
}
