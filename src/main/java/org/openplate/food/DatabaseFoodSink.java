package org.openplate.food;

import java.util.ArrayList;
import java.util.List;
import org.openplate.food.importer.FoodSink;

/**
 * Buffers imported foods and writes them in batched transactions. The outcome of a buffered row is
 * only known at flush time, so counts are taken from the batches ({@link #inserted}, {@link #updated}).
 */
final class DatabaseFoodSink implements FoodSink {

    static final int BATCH = 1000;

    private final FoodRepository repository;
    private final Runnable afterBatch;
    private final List<FoodRecord> buffer = new ArrayList<>(BATCH);
    private long inserted;
    private long updated;

    DatabaseFoodSink(FoodRepository repository, Runnable afterBatch) {
        this.repository = repository;
        this.afterBatch = afterBatch;
    }

    @Override
    public Outcome upsert(FoodRecord food) {
        buffer.add(food);
        if (buffer.size() >= BATCH) {
            flush();
        }
        return Outcome.INSERTED;
    }

    @Override
    public void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        FoodRepository.UpsertCounts c = repository.upsertAll(buffer, null);
        inserted += c.inserted();
        updated += c.updated();
        buffer.clear();
        afterBatch.run();
    }

    long inserted() {
        return inserted;
    }

    long updated() {
        return updated;
    }
}
