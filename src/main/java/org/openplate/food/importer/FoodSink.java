package org.openplate.food.importer;

import org.openplate.food.FoodRecord;

/** Where importers put foods: the database in the app, a list in tests. */
public interface FoodSink {

    enum Outcome { INSERTED, UPDATED }

    /** Inserts or updates by (source, sourceId). May buffer; {@link #flush} writes the rest. */
    Outcome upsert(FoodRecord food);

    void flush();
}
