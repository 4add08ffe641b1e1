package org.openplate.transfer;

import java.util.Map;
import java.util.TreeMap;

/** What an import did, per kind of record: rows added, and rows that were already there. */
public record ImportCounts(Map<String, Integer> added, Map<String, Integer> kept) {

    public ImportCounts {
        added = new TreeMap<>(added);
        kept = new TreeMap<>(kept);
    }

    public int totalAdded() {
        return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalKept() {
        return kept.values().stream().mapToInt(Integer::intValue).sum();
    }
}
