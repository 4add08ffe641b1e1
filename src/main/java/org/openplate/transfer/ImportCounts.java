package org.openplate.transfer;

import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, per kind of record: rows added, rows that were already there, and rows left
 * out on purpose (a restore never creates uploaded images, which would be public).
 */
public record ImportCounts(Map<String, Integer> added, Map<String, Integer> kept, Map<String, Integer> skipped) {

    public ImportCounts {
        added = new TreeMap<>(added);
        kept = new TreeMap<>(kept);
        skipped = new TreeMap<>(skipped);
    }

    public ImportCounts(Map<String, Integer> added, Map<String, Integer> kept) {
        this(added, kept, Map.of());
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
}
