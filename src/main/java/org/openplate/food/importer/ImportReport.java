package org.openplate.food.importer;

import java.util.ArrayList;
import java.util.List;

/** Counts of an import run plus every rejection (and flag) with file, row number and reason. */
public final class ImportReport {

    /** One problem row. {@code row} is 1-based within {@code file} (header = row 1 for CSV files). */
    public record Issue(String file, long row, String sourceId, String reason) {
    }

    private long read;
    private long inserted;
    private long updated;
    private final List<Issue> rejections = new ArrayList<>();
    private final List<Issue> flags = new ArrayList<>();

    public void countRead() {
        read++;
    }

    public void count(FoodSink.Outcome outcome) {
        if (outcome == FoodSink.Outcome.INSERTED) {
            inserted++;
        } else {
            updated++;
        }
    }

    /**
     * Replaces the inserted/updated counts with those of a buffering sink, which only learns the
     * outcome of each row when it writes a batch.
     */
    public void countsFromSink(long insertedRows, long updatedRows) {
        this.inserted = insertedRows;
        this.updated = updatedRows;
    }

    public void reject(String file, long row, String sourceId, String reason) {
        rejections.add(new Issue(file, row, sourceId, reason));
    }

    public void flag(String file, long row, String sourceId, String reason) {
        flags.add(new Issue(file, row, sourceId, reason));
    }

    public long read() {
        return read;
    }

    public long inserted() {
        return inserted;
    }

    public long updated() {
        return updated;
    }

    public long rejected() {
        return rejections.size();
    }

    public List<Issue> rejections() {
        return List.copyOf(rejections);
    }

    public List<Issue> flags() {
        return List.copyOf(flags);
    }

    /** Human summary: counts, then every rejection and flag on its own line. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("read %,d, inserted %,d, updated %,d, rejected %,d, flagged %,d%n", read, inserted,
                updated, rejections.size(), flags.size()));
        for (Issue i : rejections) {
            sb.append(String.format("  rejected %s row %d%s: %s%n", i.file(), i.row(),
                    i.sourceId() == null ? "" : " (" + i.sourceId() + ")", i.reason()));
        }
        for (Issue i : flags) {
            sb.append(String.format("  flagged  %s row %d%s: %s%n", i.file(), i.row(),
                    i.sourceId() == null ? "" : " (" + i.sourceId() + ")", i.reason()));
        }
        return sb.toString();
    }
}
