package org.openplate.transfer.trackers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openplate.transfer.trackers.TrackerData.ExerciseRow;
import org.openplate.transfer.trackers.TrackerData.FoodRow;
import org.openplate.transfer.trackers.TrackerData.NoteRow;
import org.openplate.transfer.trackers.TrackerData.Problem;
import org.openplate.transfer.trackers.TrackerData.WaterRow;
import org.openplate.transfer.trackers.TrackerData.WeightRow;

/**
 * Collects rows and problems while files are read, and makes external ids: SHA-256 over the source,
 * the kind of row and the row's own content (never its position), first 24 hex digits, with "#n"
 * added for the n-th identical row of the same file (n ≥ 2). The same row in a later, longer export
 * thus keeps its id, and the same row in two overlapping files gets the same id.
 */
final class Sink {

    private final String source;
    final List<FoodRow> foods = new ArrayList<>();
    final List<WeightRow> weights = new ArrayList<>();
    final List<ExerciseRow> exercises = new ArrayList<>();
    final List<NoteRow> notes = new ArrayList<>();
    final List<WaterRow> water = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    Sink(String source) {
        this.source = source;
    }

    /** An id for a row of this file; parts are the row's content (null, numbers, dates, maps, text). */
    String id(String file, String kind, Object... parts) {
        StringBuilder sb = new StringBuilder(source).append('\u001f').append(kind);
        for (Object p : parts) {
            sb.append('\u001f').append(text(p));
        }
        String hash = sha256(sb.toString()).substring(0, 24);
        int n = seen.merge(file + '\u0000' + hash, 1, Integer::sum);
        return n == 1 ? hash : hash + "#" + n;
    }

    void problem(String file, int row, String detail) {
        problem(file, row, where(file, row), detail);
    }

    /** A problem whose message starts with {@code where} (e.g. the file, sheet and row). */
    void problem(String file, int row, String where, String detail) {
        problems.add(new Problem(file, row, where + ": " + detail));
    }

    static String where(String file, int row) {
        return row > 0 ? file + " row " + row : file;
    }

    TrackerData data() {
        return new TrackerData(source, foods, weights, exercises, notes, water, problems);
    }

    private static String text(Object p) {
        if (p == null) {
            return "";
        }
        if (p instanceof Double d) {
            return Values.canon(d);
        }
        if (p instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(m).forEach((k, v) -> sb.append(k).append('=').append(text(v)).append(';'));
            return sb.toString();
        }
        if (p instanceof LocalDate || p instanceof Number) {
            return p.toString();
        }
        return p.toString().trim();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
