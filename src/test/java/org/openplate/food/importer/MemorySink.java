package org.openplate.food.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openplate.food.FoodRecord;

/** Remembers keys like the database: a second upsert of the same source + id is an update. */
final class MemorySink implements FoodSink {
    final Map<String, FoodRecord> foods = new LinkedHashMap<>();
    private final String source;
    int flushes;

    MemorySink(String source) {
        this.source = source;
    }

    @Override
    public Outcome upsert(FoodRecord food) {
        return foods.put(food.source() + "/" + food.sourceId(), food) == null ? Outcome.INSERTED : Outcome.UPDATED;
    }

    @Override
    public void flush() {
        flushes++;
    }

    /** The food with this id in the sink's source. */
    FoodRecord get(String sourceId) {
        return foods.get(source + "/" + sourceId);
    }
}
