package org.openplate.transfer.trackers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file with a header row: columns are found by name (case and spacing ignored), required
 * columns that are missing are a fatal error, and each data row is handed to a handler that may
 * throw {@link RowException}; such rows, and rows with fewer fields than the header, become
 * problems.
 */
final class CsvTable {

    /** A data row: trimmed text by column index, "" when the column is absent. */
    record Row(int line, List<String> fields) {
        String get(int column) {
            return column < 0 || column >= fields.size() ? "" : fields.get(column).trim();
        }
    }

    interface Handler {
        void row(Row row);
    }

    private final String file;
    private final List<String> header;
    private final List<String> labels;
    private final List<Csv.Record> records;

    private CsvTable(String file, List<String> labels, List<Csv.Record> records) {
        this.file = file;
        this.labels = labels.stream().map(l -> l.replace("\uFEFF", "").trim()).toList();
        this.header = labels.stream().map(CsvTable::normal).toList();
        this.records = records;
    }

    static CsvTable read(String file, byte[] bytes, Limits limits) {
        List<Csv.Record> all = Csv.read(file, bytes, limits);
        if (all.isEmpty()) {
            throw new TrackerFormatException(file + ": the file is empty (expected a header row)");
        }
        return new CsvTable(file, all.get(0).fields(), all.subList(1, all.size()));
    }

    String file() {
        return file;
    }

    /** The header text of a column, normalised (lower case, single spaces). */
    String header(int column) {
        return header.get(column);
    }

    /** The header text of a column as the file has it, for messages. */
    String label(int column) {
        return labels.get(column);
    }

    int width() {
        return header.size();
    }

    /**
     * Index of the first column with one of these names, or -1. A name without a unit in parentheses
     * also finds a header with one ("Weight" finds "Weight (kg)"); see {@link #unit(int)}.
     */
    int column(String... names) {
        for (String name : names) {
            int i = header.indexOf(normal(name));
            if (i >= 0) {
                return i;
            }
        }
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (!name.contains("(") && base(header.get(i)).equals(normal(name))) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The unit in parentheses at the end of a column's header ("kg" for "Weight (kg)"), or "". */
    String unit(int column) {
        String h = header.get(column);
        return h.endsWith(")") && h.contains("(") ? h.substring(h.lastIndexOf('(') + 1, h.length() - 1).trim() : "";
    }

    private static String base(String normalHeader) {
        return normalHeader.replaceAll("\\s*\\([^()]*\\)$", "");
    }

    /** Indexes of the named columns; throws naming the file and every missing column. */
    int[] require(String... names) {
        int[] idx = new int[names.length];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < names.length; k++) {
            idx[k] = column(names[k].split("\\|"));
            if (idx[k] < 0) {
                missing.add("\"" + names[k].replace("|", "\" or \"") + "\"");
            }
        }
        if (!missing.isEmpty()) {
            throw new TrackerFormatException(file + ": missing column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; required: " + String.join(", ", names).replace("|", "/")
                    + "; the header row has: " + String.join(", ", labels));
        }
        return idx;
    }

    /** Runs the handler on each data row, collecting truncated rows and row errors as problems. */
    void forEach(Sink sink, Handler handler) {
        for (Csv.Record r : records) {
            if (r.fields().size() < header.size()) {
                sink.problem(file, r.line(), "truncated row (" + r.fields().size() + " of " + header.size()
                        + " fields)");
                continue;
            }
            try {
                handler.row(new Row(r.line(), r.fields()));
            } catch (RowException e) {
                sink.problem(file, r.line(), e.getMessage());
            }
        }
    }

    static String normal(String s) {
        return s.replace("\uFEFF", "").trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
