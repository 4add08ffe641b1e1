package org.openplate.diary;

import java.time.LocalDate;

/** Test access to building diary entries from other packages. */
public final class EntryKindAccess {

    private EntryKindAccess() {
    }

    public static Entry quick(LocalDate day, long meal, double kcal) {
        return new QuickEntry(0, day, meal, 0, "test", kcal, null, null, null, 0);
    }
}
