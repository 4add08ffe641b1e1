package org.openplate.transfer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, per kind of record: rows added, rows that were already there, rows left
 * out on purpose (a restore never creates uploaded images, which would be public), and rows that
 * were there and took the import's different values (a restore's per-user and per-day rows, such as
 * the profile or a day's note).
 */
public record ImportCounts(Map<String, Integer> added, Map<String, Integer> kept, Map<String, Integer> skipped,
                           Map<String, Integer> updated) {

    public ImportCounts {
        added = new TreeMap<>(added);
        kept = new TreeMap<>(kept);
        skipped = new TreeMap<>(skipped);
        updated = new TreeMap<>(updated);
    }

    public ImportCounts(Map<String, Integer> added, Map<String, Integer> kept, Map<String, Integer> skipped) {
        this(added, kept, skipped, Map.of());
    }

    public ImportCounts(Map<String, Integer> added, Map<String, Integer> kept) {
        this(added, kept, Map.of(), Map.of());
    }

    public int totalSkipped() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalAdded() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalKept() {
        return kept.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalUpdated() {
        return updated.values().stream().mapToInt(Integer::intValue).sum();
    }
}
